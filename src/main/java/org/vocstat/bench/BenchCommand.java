package org.vocstat.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.sun.management.HotSpotDiagnosticMXBean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.vocstat.operator.ConfigurationProblem;
import org.vocstat.operator.OutputFormat;
import org.vocstat.operator.RecordPrinter;
import org.vocstat.operator.ToolCommand;
import org.vocstat.operator.ToolContext;
import org.vocstat.operator.Warehouse;
import org.vocstat.samples.GenerationRequest;
import org.vocstat.samples.SampleGenerator;
import org.vocstat.samples.Scale;

/**
 * {@code vocstat bench}: generates a batch at a scale, then measures raw COPY of its
 * files and the load job on the same database, and prints rows/s per step and the ratios
 * the performance targets are stated in. Use a fresh {@code --home}; called by
 * {@code bench/run.sh}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
		description = { "Benchmarks the load against raw PostgreSQL COPY of the same files (use a fresh --home).",
				"Prints rows/s per step, peak JVM RSS, ingest/COPY throughput and end-to-end/COPY time." })
public class BenchCommand implements ToolCommand {

	@ParentCommand
	private ToolContext vocstat;

	@Spec
	private CommandSpec spec;

	@Option(names = "--scale", defaultValue = "province",
			description = "province (~1M students, default), national (~18M) or a number of students.")
	private String scale;

	@Option(names = "--work", defaultValue = "bench-out", paramLabel = "DIR",
			description = "Where the batch is generated.")
	private Path work;

	@Option(names = "--batch", paramLabel = "DIR",
			description = "Measure this batch (written by vocstat generate) instead of generating one here; bench/run.sh "
					+ "generates in a JVM of its own, so the peak RSS measured is the load's.")
	private Path existing;

	@Option(names = "--format", description = "table, csv or json (default ${DEFAULT-VALUE}).", defaultValue = "table")
	private OutputFormat format;

	@Override
	public Integer call() throws IOException {
		Path batch = existing != null ? existing : work.resolve("batch");
		PrintWriter out = spec.commandLine().getOut();
		if (existing == null) {
			generate(batch);
		}
		else if (!Files.isDirectory(batch.resolve("sms"))) {
			throw new ConfigurationProblem(batch + " is not a generated batch (no sms/ folder)", null);
		}
		try (Warehouse warehouse = vocstat.openWarehouse()) {
			BenchReport report = warehouse.get(Benchmark.class).run(scale, batch, work);
			List<Line> lines = new ArrayList<>();
			report.baselineRuns().forEach(run -> lines.add(Line.of(run, "")));
			lines.add(Line.of(report.baseline(),
					String.format("the runs differ by %.0f %%", 100 * report.baselineSpread())));
			report.steps().forEach(step -> lines.add(Line.of(step, "")));
			lines.add(Line.of(report.ingest(),
					String.format("%.2f × COPY throughput (target ≥ 0.6)", report.ingestRatio())));
			lines.add(
					Line.of(report.endToEnd(), String.format("%.2f × COPY time (target ≤ 3)", report.endToEndRatio())));
			new RecordPrinter(out).print(lines, Line.class, format);
			if (format == OutputFormat.table) {
				out.printf(
						"%nscale %s · peak JVM RSS %d MB (target < 1536) · ingest %.2f × COPY throughput · end to end "
								+ "%.2f × COPY time · %s%n",
						report.scale(), report.peakRssMegabytes(), report.ingestRatio(), report.endToEndRatio(), jvm());
			}
			return 0;
		}
		catch (UncheckedIOException ex) {
			throw new ConfigurationProblem(ex.getMessage(), ex);
		}
	}

	/**
	 * How this JVM runs, since the load is measured in it and a comparison between two
	 * runs holds only if they ran alike: its heap cap and collectors (which the JVM picks
	 * itself when not told) and the options it was started with that set them.
	 */
	private static String jvm() {
		List<String> options = ManagementFactory.getRuntimeMXBean()
			.getInputArguments()
			.stream()
			.filter(option -> option.startsWith("-X"))
			.toList();
		String collectors = ManagementFactory.getGarbageCollectorMXBeans()
			.stream()
			.map(GarbageCollectorMXBean::getName)
			.collect(Collectors.joining("/"));
		return String.format("JVM: heap cap %d MB, collectors %s, options %s", heapCap() >> 20, collectors,
				options.isEmpty() ? "none" : String.join(" ", options));
	}

	/**
	 * The heap's cap as set ({@code -Xmx}), which the usable heap
	 * {@link Runtime#maxMemory} reports less of.
	 */
	private static long heapCap() {
		try {
			return Long.parseLong(ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
				.getVMOption("MaxHeapSize")
				.getValue());
		}
		catch (RuntimeException ex) {
			return Runtime.getRuntime().maxMemory();
		}
	}

	private void generate(Path batch) throws IOException {
		Scale parsed;
		try {
			parsed = Scale.parse(scale);
		}
		catch (IllegalArgumentException ex) {
			throw new ConfigurationProblem(ex.getMessage(), ex);
		}
		long started = System.nanoTime();
		// The national scale's schools lie in every province: its batch is the nation's.
		String region = Scale.NATIONAL.equals(parsed) ? GenerationRequest.NATION : "330000";
		new SampleGenerator().generate(new GenerationRequest(region, 2022, batch, 2022, parsed));
		spec.commandLine().getErr().printf("generated %s in %.0fs%n", batch, (System.nanoTime() - started) / 1e9);
	}

	/**
	 * One line of the benchmark table; public because operator's RecordPrinter reads its
	 * components reflectively.
	 */
	public record Line(String what, long rows, String seconds, String rowsPerSecond, String ratio) {

		static Line of(Measurement m, String ratio) {
			return new Line(m.what(), m.rows(), String.format("%.2f", m.seconds()),
					String.format("%,.0f", m.rowsPerSecond()), ratio);
		}

	}

}
