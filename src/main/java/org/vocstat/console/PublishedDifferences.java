package org.vocstat.console;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import org.vocstat.indicator.CheckResult;
import org.vocstat.indicator.FigureSource;
import org.vocstat.indicator.PublishedCheck;
import org.vocstat.indicator.PublishedFigure;

/**
 * The figures that differ from a published report (the files shipped under
 * {@code published/}), each with the published value and the check's explanation, for
 * marking on the report and figure pages.
 */
@Component
@Lazy
class PublishedDifferences {

	/** A figure that differs from its published value, and why. */
	record Difference(String published, String recomputed, String explanation, String hover) {

		Difference(String published, String recomputed, String explanation) {
			this(published, recomputed, explanation, "已发布 " + published + "，重新计算 " + recomputed + "：" + explanation);
		}

	}

	private final PublishedCheck check;

	private final List<PublishedFigure> published;

	PublishedDifferences(PublishedCheck check) {
		this.check = check;
		this.published = readShipped();
	}

	/** The differing figures of the region, by {@code indicator|scope|period}. */
	Map<String, Difference> of(String region) {
		return of(check.check(published, region));
	}

	/** The differing figures of the region in {@code source} (an edition's). */
	Map<String, Difference> of(String region, FigureSource source) {
		return of(check.check(published, region, source));
	}

	private static Map<String, Difference> of(List<CheckResult> results) {
		Map<String, Difference> differences = new HashMap<>();
		for (CheckResult result : results) {
			if (CheckResult.DIFFERS.equals(result.verdict())) {
				differences.put(key(result.indicator(), result.scope(), result.period()),
						new Difference(result.published(), result.recomputed(), result.explanation()));
			}
		}
		return differences;
	}

	static String key(String indicator, String scope, String period) {
		return indicator + "|" + scope + "|" + period;
	}

	private static List<PublishedFigure> readShipped() {
		List<PublishedFigure> figures = new ArrayList<>();
		try {
			for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:published/*.csv")) {
				try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
					figures.addAll(PublishedFigure.read(reader));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the published reports shipped under published/", ex);
		}
		return figures;
	}

}
