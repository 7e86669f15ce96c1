package org.vocstat.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import org.vocstat.indicator.FigureSource;
import org.vocstat.indicator.ReportTable;
import org.vocstat.indicator.ReportTables;
import org.vocstat.indicator.Scope;
import org.vocstat.indicator.ScopeNames;
import org.vocstat.publication.Edition;
import org.vocstat.publication.EditionFigures;
import org.vocstat.publication.Editions;

/**
 * What the report page and the report document show, from the current figures of a loaded
 * region and year or from a published edition's frozen figures: the region and year, the
 * tables, the exam paragraph, the figures that differ from the published report, and the
 * academic years whose batches it reads (for the 数据来源 footnotes).
 */
@Component
@Lazy
class ReportContent {

	/**
	 * A report: what is shown, the edition it is ({@code null} for current figures), its
	 * tables, exam paragraph, differences and the years it reads.
	 */
	record Content(LoadedPeriods.Loaded shown, Edition edition, List<ReportTable> tables,
			List<ExamParagraph.Segment> exams, Map<String, PublishedDifferences.Difference> differences,
			List<LoadedPeriods.Loaded> years) {
	}

	private final LoadedPeriods loaded;

	private final ReportTables tables;

	private final PublishedDifferences differences;

	private final ExamParagraph exams;

	private final Editions editions;

	private final ScopeNames names;

	ReportContent(LoadedPeriods loaded, ReportTables tables, PublishedDifferences differences, ExamParagraph exams,
			Editions editions, ScopeNames names) {
		this.loaded = loaded;
		this.tables = tables;
		this.differences = differences;
		this.exams = exams;
		this.editions = editions;
		this.names = names;
	}

	/**
	 * The current figures of a loaded region and academic year (a 404 when not loaded).
	 */
	Content current(String region, String period) {
		LoadedPeriods.Loaded shown = loaded.find(region, period);
		List<LoadedPeriods.Loaded> years = loaded.all()
			.stream()
			.filter(l -> l.region().equals(shown.region()) && l.academicYear() <= shown.academicYear()
					&& l.academicYear() >= shown.academicYear() - 1)
			.toList();
		return new Content(shown, null, tables.render(shown.region(), shown.period()), exams.of(shown),
				differences.of(shown.region()), years);
	}

	/**
	 * A published edition's frozen figures, which later loads do not change; an unknown
	 * edition, or one whose batch was pruned, is refused by the publication module.
	 */
	Content edition(long editionId) {
		EditionFigures figures = editions.open(editionId);
		Edition edition = figures.edition();
		int year = Integer.parseInt(edition.period().substring(2));
		String regionName = names.of(edition.batchId()).name(Scope.ofRegion(edition.region()));
		LoadedPeriods.Loaded shown = new LoadedPeriods.Loaded(edition.region(), regionName, year, edition.batchId());
		List<LoadedPeriods.Loaded> years = new ArrayList<>();
		for (int ay = year; ay >= year - 1; ay--) {
			int academicYear = ay;
			figures.batchFor(edition.region(), ay)
				.ifPresent(batch -> years
					.add(new LoadedPeriods.Loaded(edition.region(), regionName, academicYear, batch)));
		}
		FigureSource source = figures;
		return new Content(shown, edition, tables.render(edition.region(), edition.period(), source),
				exams.of(shown, source), differences.of(edition.region(), source), years);
	}

}
