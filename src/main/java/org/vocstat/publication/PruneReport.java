package org.vocstat.publication;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.vocstat.delivery.Reason;

/**
 * What a prune dropped (or, on a dry run, would drop): each batch with the bytes it held,
 * and the total given back. {@code reasons} holds each line's {@code why} (English, as
 * CSV and JSON give it) as a {@link Reason}, for a table or page in the reader's
 * language.
 */
public record PruneReport(List<Line> lines, long bytesFreed, boolean dryRun, Map<Long, Reason> reasons) {

	public PruneReport {
		lines = List.copyOf(lines);
		reasons = Map.copyOf(reasons);
	}

	public PruneReport(List<Line> lines, long bytesFreed, boolean dryRun) {
		this(lines, bytesFreed, dryRun, Map.of());
	}

	/** The same report, each line's {@code why} said by {@code say}. */
	public PruneReport said(Function<Reason, String> say) {
		return new PruneReport(lines.stream()
			.map(l -> reasons.containsKey(l.batch()) ? new Line(l.batch(), l.region(), l.academicYear(), l.bytes(),
					l.size(), say.apply(reasons.get(l.batch()))) : l)
			.toList(), bytesFreed, dryRun, reasons);
	}

	/** A pruned batch and why it could go. */
	public record Line(long batch, String region, int academicYear, long bytes, String size, String why) {
	}

}
