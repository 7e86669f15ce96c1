package org.vocstat.indicator;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.vocstat.reference.RegionLevel;
import org.vocstat.reference.RegionReference;

/**
 * The names people read beside a scope's code: 区划 from the 区划 reference (a city's own
 * schools 嘉兴市本级, a province's 浙江省属), schools from the batch's school master. A code
 * neither knows is shown as the code, with a warning, never dropped.
 */
@Component
public class ScopeNames {

	private static final Logger log = LoggerFactory.getLogger(ScopeNames.class);

	private final RegionReference regions;

	private final JdbcClient jdbc;

	ScopeNames(RegionReference regions, JdbcClient jdbc) {
		this.regions = regions;
		this.jdbc = jdbc;
	}

	/** A namer for the scopes of one batch (its schools' names read once). */
	public Namer of(long batchId) {
		Map<String, String> schools = new HashMap<>();
		jdbc.sql("SELECT school_key, school_name FROM school_master WHERE batch_id = :batch")
			.param("batch", batchId)
			.query((rs, n) -> schools.put(rs.getString(1), rs.getString(2)))
			.list();
		return new Namer(schools);
	}

	/**
	 * A namer for 区划 scopes where no batch is known (a figure not computed): a school is
	 * shown by its code.
	 */
	public Namer ofRegions() {
		return new Namer(Map.of());
	}

	/** Names the scopes of one batch; warns once for each code it has no name for. */
	public final class Namer {

		private final Map<String, String> schools;

		private final Set<String> warned = new HashSet<>();

		private Namer(Map<String, String> schools) {
			this.schools = schools;
		}

		public String name(Scope scope) {
			String name = scope.level() == ScopeLevel.school ? schools.get(scope.code()) : unitName(scope);
			if (name == null) {
				if (warned.add(scope.toString())) {
					log.warn("{} has no name in the {}: shown by its code", scope,
							scope.level() == ScopeLevel.school ? "batch's schools files" : "区划 reference");
				}
				return scope.code();
			}
			return name;
		}

		/**
		 * A unit's name; a city's or province's code beneath its own level is its own
		 * schools: 市本级, 省属 ({@code county:330400} 嘉兴市本级, {@code city:330000} 浙江省属).
		 */
		private String unitName(Scope scope) {
			String name = regions.nameOf(scope.code());
			if (name == null || scope.level() == ScopeLevel.national) {
				return scope.level() == ScopeLevel.national ? "全国" : null;
			}
			RegionLevel own = RegionLevel.of(scope.code());
			if (own == RegionLevel.valueOf(scope.level().name())) {
				return name;
			}
			return own == RegionLevel.city ? name + "本级" : name + "属";
		}

	}

}
