package org.vocstat.publication;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.vocstat.audit.AuditQueries;
import org.vocstat.database.BatchPartitions;
import org.vocstat.database.TableName;
import org.vocstat.delivery.BatchRegistry;
import org.vocstat.delivery.Reason;
import org.vocstat.delivery.RegisteredBatch;
import org.vocstat.pipeline.LoadLock;
import org.vocstat.trail.AuditTrail;

/**
 * Which batches the warehouse keeps, and pruning the rest: a loaded batch that is neither
 * its region's current one for its year, nor among the latest {@code keepLatest} of that
 * region and year, nor held by an edition loses its staged rows, ledger and figures (its
 * partitions, dropped whole). Its registry entry, file list with SHA-256s, step audit,
 * quarantine and review findings stay. Pruning holds the load lock.
 */
@Component
public class Retention {

	private static final Logger log = LoggerFactory.getLogger(Retention.class);

	private final BatchRegistry registry;

	private final BatchPartitions partitions;

	private final Editions editions;

	private final LoadLock lock;

	private final AuditQueries audit;

	private final AuditTrail trail;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final int defaultKeepLatest;

	Retention(BatchRegistry registry, BatchPartitions partitions, Editions editions, LoadLock lock, AuditQueries audit,
			AuditTrail trail, JdbcClient jdbc, PlatformTransactionManager transactions,
			@Value("${vocstat.retention.keep-latest:3}") int defaultKeepLatest) {
		this.registry = registry;
		this.partitions = partitions;
		this.editions = editions;
		this.lock = lock;
		this.audit = audit;
		this.trail = trail;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.defaultKeepLatest = defaultKeepLatest;
	}

	/** The configured policy: {@code vocstat.retention.keep-latest}, 3 unless set. */
	public int defaultKeepLatest() {
		return defaultKeepLatest;
	}

	/**
	 * Every batch with what it holds on disk; its staged rows as its ingest recorded them
	 * (a pruned batch has none), not counted: counting is a scan of every partition.
	 */
	public List<BatchLine> batches() {
		Map<Long, Instant> pruned = prunedAt();
		Map<Long, Long> loaded = audit.rowsLoadedByBatch();
		List<BatchLine> lines = new ArrayList<>();
		for (RegisteredBatch batch : registry.all()) {
			List<TableName> tables = partitions.ofBatch(batch.batchId());
			long bytes = tables.stream().mapToLong(partitions::bytes).sum();
			long staged = pruned.containsKey(batch.batchId()) ? 0 : loaded.getOrDefault(batch.batchId(), 0L);
			lines.add(new BatchLine(batch.batchId(), batch.region(), batch.academicYear(),
					batch.loadedAt() == null ? "" : batch.loadedAt().toString(), state(batch),
					editions.holding(batch.batchId()).stream().map(String::valueOf).collect(Collectors.joining(",")),
					staged, bytes, size(bytes),
					pruned.containsKey(batch.batchId()) ? pruned.get(batch.batchId()).toString() : ""));
		}
		return lines;
	}

	/**
	 * Prunes (or on a dry run lists) what the policy lets go, holding the load lock: a
	 * running load makes it throw {@link org.vocstat.pipeline.LoadBusyException}.
	 */
	public PruneReport prune(int keepLatest, boolean dryRun, String who) {
		if (keepLatest < 0) {
			throw new IllegalArgumentException("--keep-latest is a number of batches, 0 or more, not " + keepLatest);
		}
		return lock.run("prune", () -> pruneLocked(keepLatest, dryRun, who));
	}

	private PruneReport pruneLocked(int keepLatest, boolean dryRun, String who) {
		Map<Long, Instant> pruned = prunedAt();
		Map<String, Integer> seen = new HashMap<>();
		List<PruneReport.Line> lines = new ArrayList<>();
		Map<Long, Reason> reasons = new HashMap<>();
		for (RegisteredBatch batch : registry.all()) {
			if (batch.loadedAt() == null) {
				// Not completely loaded: its run may still be restarted, and needs its
				// rows.
				continue;
			}
			int rank = seen.merge(batch.region() + "/" + batch.academicYear(), 1, Integer::sum);
			if (batch.current() || rank <= keepLatest || pruned.containsKey(batch.batchId())
					|| !editions.holding(batch.batchId()).isEmpty()) {
				continue;
			}
			List<TableName> tables = partitions.ofBatch(batch.batchId());
			long bytes = tables.stream().mapToLong(partitions::bytes).sum();
			Reason why = Reason.of("prune.why", rank - 1, batch.region(), Integer.toString(batch.academicYear()));
			reasons.put(batch.batchId(), why);
			lines.add(new PruneReport.Line(batch.batchId(), batch.region(), batch.academicYear(), bytes, size(bytes),
					why.english()));
			if (!dryRun) {
				transaction.executeWithoutResult(status -> {
					partitions.drop(tables.toArray(TableName[]::new));
					jdbc.sql("INSERT INTO batch_pruned (batch_id, pruned_by, bytes_freed) VALUES (:batch, :by, :bytes)")
						.param("batch", batch.batchId())
						.param("by", who)
						.param("bytes", bytes)
						.update();
				});
			}
		}
		long freed = lines.stream().mapToLong(PruneReport.Line::bytes).sum();
		if (!dryRun && !lines.isEmpty()) {
			trail.append("prune", who, lines.stream().map(l -> "batch:" + l.batch()).toList(),
					"keep-latest " + keepLatest + ", " + freed + " bytes freed");
			lines.forEach(l -> log.info("prune: batch {} ({} AY{}) dropped, {} freed", l.batch(), l.region(),
					l.academicYear(), l.size()));
		}
		return new PruneReport(lines, freed, dryRun, reasons);
	}

	/** When the batch was pruned, if it was. */
	public Map<Long, Instant> prunedAt() {
		Map<Long, Instant> pruned = new HashMap<>();
		jdbc.sql("SELECT batch_id, pruned_at FROM batch_pruned")
			.query((rs, n) -> pruned.put(rs.getLong(1), rs.getTimestamp(2).toInstant()))
			.list();
		return pruned;
	}

	private static String state(RegisteredBatch batch) {
		return batch.loadedAt() == null ? "not loaded" : batch.current() ? "current" : "superseded";
	}

	/** Bytes for people: 1.2 GB, 340 MB, 12 kB. */
	public static String size(long bytes) {
		String[] units = { "B", "kB", "MB", "GB", "TB" };
		double value = bytes;
		int unit = 0;
		while (value >= 1000 && unit < units.length - 1) {
			value /= 1000;
			unit++;
		}
		return unit == 0 ? bytes + " B" : String.format("%.1f %s", value, units[unit]);
	}

}
