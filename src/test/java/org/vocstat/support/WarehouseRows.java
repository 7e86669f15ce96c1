package org.vocstat.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows written straight into a warehouse, as the load would have registered them, for
 * tests that build a warehouse of an older schema version by hand (see
 * {@link ScratchDatabase}).
 */
public final class WarehouseRows {

	private WarehouseRows() {
	}

	/**
	 * A loaded batch's row as every version kept it, for region 330400, AY2022;
	 * {@code tag} makes its digest.
	 */
	public static long batch(JdbcClient jdbc, String tag) {
		return jdbc
			.sql("""
					INSERT INTO batch (region, academic_year, snapshot_date, digest, source_path, has_manifest, loaded_at)
					VALUES ('330400', 2022, DATE '2022-09-30', rpad(:tag, 64, '0'), '/x', false, now()) RETURNING batch_id""")
			.param("tag", tag)
			.query(Long.class)
			.single();
	}

	/** A registered source file of {@code batch}. */
	public static long file(JdbcClient jdbc, long batch, String kind, String path) {
		return jdbc.sql("""
				INSERT INTO source_file (batch_id, kind, path, sha256, bytes, rows, encoding)
				VALUES (:batch, :kind, :path, rpad('f', 64, 'f'), 1, 1, 'UTF-8') RETURNING file_id""")
			.param("batch", batch)
			.param("kind", kind)
			.param("path", path)
			.query(Long.class)
			.single();
	}

	/**
	 * A quarantined row of {@code file}, breaking {@code rule}, stored with
	 * {@code message} and {@code row} as given.
	 */
	public static void quarantine(JdbcClient jdbc, long batch, long file, long line, String rule, String message,
			String row) {
		jdbc.sql("""
				INSERT INTO quarantine (batch_id, file_id, line_no, line_sha256, rules, message, masked_row)
				VALUES (:batch, :file, :line, '\\x00', ARRAY[:rule], :message, :row)""")
			.param("batch", batch)
			.param("file", file)
			.param("line", line)
			.param("rule", rule)
			.param("message", message)
			.param("row", row)
			.update();
	}

}
