package org.vocstat.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import org.vocstat.delivery.BatchRegistry;
import org.vocstat.indicator.ReportTable;
import org.vocstat.indicator.ReportTables;

/**
 * The report as one self-contained HTML document ({@code vocstat report --format html}):
 * the console's report page with its styles, ECharts and charts inlined, so that it opens
 * offline and prints to A4, with the 数据来源 footnotes and the figures that differ from the
 * published report marked and explained in notes.
 */
@Component
@Lazy
public class ReportDocument {

	/** The ECharts of the webjar the console serves (see pom.xml). */
	static final String ECHARTS = "META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";

	private final LoadedPeriods loaded;

	private final ReportTables tables;

	private final PublishedDifferences differences;

	private final ExamParagraph exams;

	private final BatchRegistry registry;

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	ReportDocument(LoadedPeriods loaded, ReportTables tables, PublishedDifferences differences, ExamParagraph exams,
			BatchRegistry registry) {
		this.loaded = loaded;
		this.tables = tables;
		this.differences = differences;
		this.exams = exams;
		this.registry = registry;
		ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver(ReportDocument.class.getClassLoader());
		templates.setPrefix("templates/");
		templates.setSuffix(".html");
		templates.setTemplateMode(TemplateMode.HTML);
		templates.setCharacterEncoding("UTF-8");
		engine.setTemplateResolver(templates);
	}

	/** The document for a loaded region and academic year ({@code AY2022}). */
	public String render(String region, String period) {
		LoadedPeriods.Loaded shown = loaded.find(region, period);
		List<ReportTable> report = tables.render(shown.region(), shown.period());
		Map<String, PublishedDifferences.Difference> differing = differences.of(shown.region());
		List<LoadedPeriods.Loaded> years = loaded.all()
			.stream()
			.filter(l -> l.region().equals(shown.region()) && l.academicYear() <= shown.academicYear()
					&& l.academicYear() >= shown.academicYear() - 1)
			.toList();
		Context context = new Context();
		context.setVariable("shown", shown);
		context.setVariable("tables", report);
		context.setVariable("differences", new TreeMap<>(differing));
		context.setVariable("charts", ReportCharts.of(report));
		context.setVariable("exams", exams.of(shown));
		context.setVariable("sources", DataSources.of(registry, years));
		context.setVariable("generatedAt",
				ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx")));
		context.setVariable("css", resource("static/console/console.css"));
		context.setVariable("echarts", resource(ECHARTS));
		context.setVariable("chartsScript", resource("static/console/console.js"));
		return engine.process("console/report-document", context);
	}

	private static String resource(String path) {
		try (InputStream in = ReportDocument.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException(path + " is missing from the application");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
