package org.vocstat.console;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import org.vocstat.indicator.Scope;
import org.vocstat.indicator.ScopeNames;

/**
 * The regions and academic years the warehouse has a current batch of, newest first, with
 * the region's name: what the report page offers and accepts.
 */
@Component
@Lazy
class LoadedPeriods {

	/** A region's academic year with a current batch. */
	record Loaded(String region, String regionName, int academicYear, long batch, String period) {

		Loaded(String region, String regionName, int academicYear, long batch) {
			this(region, regionName, academicYear, batch, "AY" + academicYear);
		}

	}

	private final JdbcClient jdbc;

	private final ScopeNames names;

	LoadedPeriods(JdbcClient jdbc, ScopeNames names) {
		this.jdbc = jdbc;
		this.names = names;
	}

	List<Loaded> all() {
		return jdbc.sql("SELECT region, academic_year, batch_id FROM current_batch ORDER BY academic_year DESC, region")
			.query((rs, n) -> new Loaded(rs.getString(1), null, rs.getInt(2), rs.getLong(3)))
			.list()
			.stream()
			.map(l -> new Loaded(l.region(), names.of(l.batch()).name(Scope.ofRegion(l.region())), l.academicYear(),
					l.batch()))
			.toList();
	}

	/** The loaded region and period asked for, or a 404 naming what is loaded. */
	Loaded find(String region, String period) {
		List<Loaded> loaded = all();
		if (loaded.isEmpty()) {
			throw new NotFound("仓库中还没有已加载的批次 (no batch loaded yet: vocstat load DIR)");
		}
		if (region == null && period == null) {
			return loaded.get(0);
		}
		return loaded.stream()
			.filter(l -> (region == null || l.region().equals(region)) && (period == null || l.period().equals(period)))
			.findFirst()
			.orElseThrow(() -> new NotFound("没有 " + (region == null ? "" : region + " ")
					+ (period == null ? "" : period) + " 的数据 (not loaded); loaded: "
					+ String.join(", ", loaded.stream().map(l -> l.region() + " " + l.period()).toList())));
	}

}
