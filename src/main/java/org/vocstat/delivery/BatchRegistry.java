package org.vocstat.delivery;

import java.sql.Date;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code batch} and {@code source_file} tables: which batches were registered and
 * what their files held.
 */
@Repository
public class BatchRegistry {

	private final JdbcClient jdbc;

	BatchRegistry(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Registers a batch (or returns the one registered with this digest before) and gives
	 * its id.
	 */
	public long register(ExportBatch batch, String digest, long jobInstanceId) {
		jdbc.sql("""
				INSERT INTO batch (region, region_name, academic_year, snapshot_date, digest, source_path, has_manifest,
				                   exported_at, job_instance_id)
				VALUES (:region, :regionName, :year, :snapshot, :digest, :path, :hasManifest, :exportedAt, :instance)
				ON CONFLICT (digest) DO NOTHING""")
			.param("region", batch.region())
			.param("regionName", batch.regionName())
			.param("year", batch.academicYear())
			.param("snapshot", Date.valueOf(batch.snapshotDate()))
			.param("digest", digest)
			.param("path", batch.folder().toAbsolutePath().toString())
			.param("hasManifest", batch.manifest().isPresent())
			.param("exportedAt", batch.manifest().map(BatchManifest::exportedAt).orElse(null))
			.param("instance", jobInstanceId)
			.update();
		return findByDigest(digest).orElseThrow();
	}

	public Optional<Long> findByDigest(String digest) {
		return jdbc.sql("SELECT batch_id FROM batch WHERE digest = :digest")
			.param("digest", digest)
			.query(Long.class)
			.optional();
	}

	/**
	 * Marks a batch loaded: from now on it is the region's current batch for its academic
	 * year.
	 */
	public void markLoaded(long batchId) {
		jdbc.sql("UPDATE batch SET loaded_at = now() WHERE batch_id = :batch").param("batch", batchId).update();
	}

	/** Whether the batch with this digest was registered and completely loaded. */
	public boolean isLoaded(String digest) {
		return jdbc.sql("SELECT count(*) FROM batch WHERE digest = :digest AND loaded_at IS NOT NULL")
			.param("digest", digest)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Registers one file of a batch; registering the same kind again keeps the first
	 * registration.
	 */
	public void registerFile(long batchId, String kind, String path, String sha256, long bytes, long rows,
			String encoding) {
		registerFile(batchId, kind, path, sha256, bytes, rows, encoding, null);
	}

	/**
	 * Registers one file of a batch, for a workbook with the sheet read ({@code sheet}
	 * null: the first).
	 */
	public void registerFile(long batchId, String kind, String path, String sha256, long bytes, long rows,
			String encoding, String sheet) {
		jdbc.sql("""
				INSERT INTO source_file (batch_id, kind, path, sha256, bytes, rows, encoding, sheet)
				VALUES (:batch, :kind, :path, :sha256, :bytes, :rows, :encoding, :sheet)
				ON CONFLICT (batch_id, kind) DO NOTHING""")
			.param("batch", batchId)
			.param("kind", kind)
			.param("path", path)
			.param("sha256", sha256)
			.param("bytes", bytes)
			.param("rows", rows)
			.param("encoding", encoding)
			.param("sheet", sheet)
			.update();
	}

	public Optional<RegisteredFile> file(long batchId, String kind) {
		return jdbc.sql("""
				SELECT file_id, batch_id, kind, path, sha256, bytes, rows, encoding, sheet
				FROM source_file WHERE batch_id = :batch AND kind = :kind""")
			.param("batch", batchId)
			.param("kind", kind)
			.query(RegisteredFile.class)
			.optional();
	}

	public List<RegisteredFile> files(long batchId) {
		return jdbc.sql("""
				SELECT file_id, batch_id, kind, path, sha256, bytes, rows, encoding, sheet
				FROM source_file WHERE batch_id = :batch ORDER BY file_id""")
			.param("batch", batchId)
			.query(RegisteredFile.class)
			.list();
	}

	public BatchPeriod period(long batchId) {
		return jdbc.sql("SELECT region, academic_year, snapshot_date FROM batch WHERE batch_id = :batch")
			.param("batch", batchId)
			.query((rs, n) -> new BatchPeriod(rs.getString(1), rs.getInt(2), rs.getDate(3).toLocalDate()))
			.single();
	}

	/**
	 * Every registered batch, newest first within its region and academic year; the
	 * current one is the latest completely loaded (the view {@code current_batch}).
	 */
	public List<RegisteredBatch> all() {
		return jdbc.sql("""
				SELECT b.batch_id, b.region, b.academic_year, b.registered_at, b.loaded_at,
				       c.batch_id IS NOT NULL AS current
				FROM batch b LEFT JOIN current_batch c ON c.batch_id = b.batch_id
				ORDER BY b.region, b.academic_year, b.loaded_at DESC NULLS LAST, b.batch_id DESC""")
			.query((rs, n) -> new RegisteredBatch(rs.getLong(1), rs.getString(2), rs.getInt(3),
					rs.getTimestamp(4).toInstant(), rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(),
					rs.getBoolean(6)))
			.list();
	}

}
