package org.vocstat.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.TreeMap;

import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import org.vocstat.delivery.BatchRegistry;

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

	private final ReportContent content;

	private final BatchRegistry registry;

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	ReportDocument(ReportContent content, BatchRegistry registry) {
		this.content = content;
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
		return render(content.current(region, period));
	}

	/** The document of a published edition, from its frozen figures. */
	public String renderEdition(long editionId) {
		return render(content.edition(editionId));
	}

	private String render(ReportContent.Content report) {
		Context context = new Context();
		context.setVariable("shown", report.shown());
		context.setVariable("edition", report.edition());
		context.setVariable("provenance", provenance(report));
		context.setVariable("tables", report.tables());
		context.setVariable("differences", new TreeMap<>(report.differences()));
		context.setVariable("charts", ReportCharts.of(report.tables()));
		context.setVariable("exams", report.exams());
		context.setVariable("sources", DataSources.of(registry, report.years()));
		context.setVariable("generatedAt",
				ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx")));
		context.setVariable("css", resource("static/console/console.css"));
		context.setVariable("echarts", resource(ECHARTS));
		context.setVariable("chartsScript", resource("static/console/console.js"));
		return engine.process("console/report-document", context);
	}

	/** Which figures the document shows: a batch's current ones, or an edition's. */
	private static String provenance(ReportContent.Content report) {
		if (report.edition() == null) {
			return "批次 " + report.shown().batch();
		}
		var edition = report.edition();
		return "已发布版本 " + edition.editionId() + "「" + edition.title() + "」（批次 " + edition.batchId() + "，"
				+ edition.publishedBy() + " 发布于 " + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
					.format(edition.publishedAt().atZone(java.time.ZoneId.systemDefault()))
				+ "）";
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
