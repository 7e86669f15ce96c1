package org.vocstat.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.vocstat.pipeline.BatchLoader;
import org.vocstat.pipeline.ExitCode;
import org.vocstat.pipeline.LoadOutcome;

/**
 * Runs the measurement on a batch already generated: the raw COPY baseline on the same
 * server, then the load job, timed end to end and per step (Spring Batch's step times,
 * all from this JVM's clock; ingest as a whole from its first step's start to its last
 * step's end, since the lanes' steps overlap), then the baseline again, then peak JVM
 * resident memory. The ratios use the mean of the two baselines, and the report shows
 * both: on a shared machine the speed of the machine drifts over a long run, and a
 * baseline taken only before the load would hide that.
 */
@Component
public class Benchmark {

	private static final Logger log = LoggerFactory.getLogger(Benchmark.class);

	private final RawCopyBaseline baseline;

	private final BatchLoader loader;

	private final JdbcClient jdbc;

	Benchmark(RawCopyBaseline baseline, BatchLoader loader, JdbcClient jdbc) {
		this.baseline = baseline;
		this.loader = loader;
		this.jdbc = jdbc;
	}

	public BenchReport run(String scale, Path batch, Path work) {
		long dropped = CleanCopies.write(batch, work.resolve("baseline"));
		log.info("bench: baseline files ready ({} structurally broken records left out for COPY)", dropped);
		Measurement before = copyBaseline(work, "raw COPY before the load");
		long started = System.nanoTime();
		LoadOutcome outcome = loader.load(batch, null, null, null);
		double seconds = (System.nanoTime() - started) / 1e9;
		if (outcome.exitCode() != ExitCode.SUCCESS || outcome.jobExecutionId() == null) {
			throw new IllegalStateException("the benchmark load did not complete: " + outcome.verdict());
		}
		Measurement after = copyBaseline(work, "raw COPY after the load");
		List<StepTiming> timings = jdbc
			.sql("""
					SELECT a.step_name, COALESCE(a.rows_read, 0) AS rows, extract(epoch FROM s.start_time)::float8 AS started,
					       extract(epoch FROM s.end_time)::float8 AS ended
					FROM step_audit a JOIN batch_step_execution s ON s.step_execution_id = a.step_execution_id
					WHERE a.job_execution_id = :run ORDER BY a.step_execution_id""")
			.param("run", outcome.jobExecutionId())
			.query((rs, n) -> new StepTiming(rs.getString(1), rs.getLong(2), rs.getDouble(3), rs.getDouble(4)))
			.list();
		List<Measurement> steps = timings.stream().map(StepTiming::measurement).toList();
		Measurement ingestTotal = StepTiming.span("ingest (all files)",
				timings.stream().filter(t -> t.step().startsWith("ingest.")).toList());
		long rows = ingestTotal.rows();
		return new BenchReport(scale, List.of(before, after), steps, ingestTotal,
				new Measurement("load job end to end", rows, seconds), peakRssMegabytes());
	}

	private Measurement copyBaseline(Path work, String what) {
		Measurement copy = baseline.measure(work.resolve("baseline"), what);
		log.info("bench: {}: {} rows in {}s", what, copy.rows(), String.format("%.1f", copy.seconds()));
		return copy;
	}

	/** VmHWM of this JVM from /proc (Linux); -1 elsewhere. */
	static long peakRssMegabytes() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
				if (line.startsWith("VmHWM:")) {
					return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
				}
			}
		}
		catch (IOException | NumberFormatException ex) {
			log.debug("no /proc/self/status", ex);
		}
		return -1;
	}

}
