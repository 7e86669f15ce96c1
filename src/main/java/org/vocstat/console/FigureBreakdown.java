package org.vocstat.console;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.vocstat.indicator.Figure;
import org.vocstat.indicator.FigureLine;
import org.vocstat.indicator.FigureQueries;
import org.vocstat.indicator.Scope;
import org.vocstat.indicator.ScopeLevel;
import org.vocstat.publication.EditionFigures;

/**
 * A figure broken down beneath its scope: by the units of the next level (a city's
 * counties and 市本级) and by school, each with its name beside its code.
 */
@Component
@ConditionalOnWebApplication
class FigureBreakdown {

	/** The figures of one level beneath the scope. */
	record Level(ScopeLevel level, String nameZh, List<FigureLine> lines) {
	}

	private static final Map<ScopeLevel, String> NAMES = Map.of(ScopeLevel.province, "按省", ScopeLevel.city, "按市",
			ScopeLevel.county, "按区县", ScopeLevel.school, "按学校");

	private final FigureQueries queries;

	private final JdbcClient jdbc;

	FigureBreakdown(FigureQueries queries, JdbcClient jdbc) {
		this.queries = queries;
		this.jdbc = jdbc;
	}

	/** The breakdown from the region's current batch. */
	List<Level> of(Figure figure, String region) {
		return of(figure, level -> queries.figures(region, figure.period(), level, figure.indicator()));
	}

	/**
	 * The breakdown from the figures an edition froze of the figure's batch, which later
	 * loads do not change.
	 */
	List<Level> of(Figure figure, EditionFigures frozen) {
		List<Figure> same = frozen.ofBatch(figure.batchId())
			.stream()
			.filter(f -> f.indicator().equals(figure.indicator()))
			.toList();
		return of(figure, level -> queries.lines(figure.batchId(), same, figure.period(), level));
	}

	private List<Level> of(Figure figure, Function<ScopeLevel, List<FigureLine>> figuresAt) {
		Scope scope = Scope.parse(figure.scope());
		List<Level> levels = new ArrayList<>();
		if (scope.level() == ScopeLevel.school) {
			return levels;
		}
		ScopeLevel next = ScopeLevel.values()[scope.level().ordinal() + 1];
		Map<String, String> schoolUnits = schoolUnits(figure.batchId());
		for (ScopeLevel level : next == ScopeLevel.school ? List.of(next) : List.of(next, ScopeLevel.school)) {
			List<FigureLine> lines = figuresAt.apply(level)
				.stream()
				.filter(line -> inside(Scope.parse(line.scope()), scope, schoolUnits))
				.toList();
			if (!lines.isEmpty()) {
				levels.add(new Level(level, NAMES.get(level), lines));
			}
		}
		return levels;
	}

	/**
	 * Whether {@code unit} lies in {@code scope}: by its 区划 code, a school by its 隶属区划.
	 */
	private static boolean inside(Scope unit, Scope scope, Map<String, String> schoolUnits) {
		if (scope.level() == ScopeLevel.national) {
			return true;
		}
		String code = unit.level() == ScopeLevel.school ? schoolUnits.getOrDefault(unit.code(), "") : unit.code();
		if (scope.level() == ScopeLevel.county) {
			return code.equals(scope.code());
		}
		int digits = scope.level() == ScopeLevel.province ? 2 : 4;
		return code.length() >= digits && code.startsWith(scope.code().substring(0, digits));
	}

	private Map<String, String> schoolUnits(long batch) {
		Map<String, String> units = new HashMap<>();
		jdbc.sql("SELECT school_key, admin_code FROM school_master WHERE batch_id = :batch")
			.param("batch", batch)
			.query((rs, n) -> units.put(rs.getString(1), rs.getString(2)))
			.list();
		return units;
	}

}
