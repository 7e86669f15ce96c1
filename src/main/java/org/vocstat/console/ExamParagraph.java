package org.vocstat.console;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import org.vocstat.indicator.FigureRef;
import org.vocstat.indicator.FigureSource;
import org.vocstat.indicator.FigureStore;
import org.vocstat.indicator.Periods;
import org.vocstat.indicator.IndicatorCatalog;
import org.vocstat.indicator.Scope;

/**
 * The exam paragraph of the report's 2.4 (单独考试招生 of the calendar year after the academic
 * year) as text and linked figures, as the seed report words it.
 */
@Component
@Lazy
class ExamParagraph {

	/** A piece of the paragraph: text, then the figure that follows it (or none). */
	record Segment(String text, FigureRef figure, String display) {
	}

	/** The paragraph's words, each followed by the figure of the indicator named. */
	private static final String[][] WORDING = { { "年单独考试招生参加考试", "exams.candidates" },
			{ " 人，本科上线", "exams.bachelor_admitted" }, { " 人（其中中本一体化 ", "exams.bachelor_admitted_integrated" },
			{ " 人），比上年增长", "exams.bachelor_admitted_change" }, { " 人，本科率 ", "exams.bachelor_rate" },
			{ "；专科和本科上线", "exams.admitted" }, { " 人，比上年增长", "exams.admitted_change" },
			{ " 人；中高职一体转段升入高职院校", "exams.integrated_transfer" },
			{ " 人；升入全日制高校（含提前招生、自主招生）", "exams.full_time_higher_ed" }, { " 人。", null } };

	private final FigureStore store;

	private final IndicatorCatalog catalog;

	private final Periods periods;

	ExamParagraph(FigureStore store, IndicatorCatalog catalog, Periods periods) {
		this.store = store;
		this.periods = periods;
		this.catalog = catalog;
	}

	List<Segment> of(LoadedPeriods.Loaded loaded) {
		return of(loaded, FigureSource.current(periods, store));
	}

	/** The paragraph from the figures of {@code source} (an edition's). */
	List<Segment> of(LoadedPeriods.Loaded loaded, FigureSource source) {
		String period = "CY" + (loaded.academicYear() + 1);
		String scope = Scope.ofRegion(loaded.region()).toString();
		List<Segment> segments = new ArrayList<>();
		segments.add(new Segment((loaded.academicYear() + 1) + "", null, null));
		for (String[] words : WORDING) {
			if (words[1] == null) {
				segments.add(new Segment(words[0], null, null));
				continue;
			}
			var figure = source.find(loaded.batch(), words[1], scope, period);
			String display = figure.map(f -> catalog.indicator(words[1]).orElseThrow().displayed(f.value()))
				.orElse("—");
			// A space either side of a number, as the report sets them.
			segments.add(new Segment(words[0].endsWith(" ") ? words[0] : words[0] + " ",
					figure.map(f -> new FigureRef(f.indicator(), f.scope(), f.period(), f.value())).orElse(null),
					display));
		}
		return segments;
	}

}
