package org.vocstat.indicator;

import java.util.List;

/**
 * A figure traced to its source rows: the definition in words and SQL, the stored figure,
 * every contributing row, and whether the digest recomputed from the rows now equals the
 * one stored when the figure was computed (null when the trace was not checked, see
 * {@link Tracer#define}).
 */
public record Trace(Indicator indicator, Figure figure, List<String> definition, List<String> sql, List<TraceRow> rows,
		String recomputedDigest) {

	/**
	 * Whether the contributing rows are exactly those the figure was computed from; a
	 * trace that was not checked ({@link Tracer#define}) cannot say, and is not taken as
	 * "changed".
	 */
	public boolean unchanged() {
		if (recomputedDigest == null) {
			throw new IllegalStateException(
					"the trace of " + figure.indicator() + " " + figure.scope() + " was not checked against its rows");
		}
		return figure.digest().equals(recomputedDigest);
	}

	/**
	 * Source rows that counted toward {@code role} (numerator, denominator, current,
	 * previous).
	 */
	public long rowsFor(String role) {
		return rows.stream().filter(r -> r.role().equals(role)).count();
	}

	/** The measures that contributed rows toward {@code role}, in order. */
	public List<String> measuresFor(String role) {
		return rows.stream().filter(r -> r.role().equals(role)).map(TraceRow::measure).distinct().toList();
	}

	/**
	 * Distinct units (persons, schools, sites …) counted toward {@code role} by
	 * {@code measure}.
	 */
	public long unitsFor(String role, String measure) {
		return rows.stream()
			.filter(r -> r.role().equals(role) && r.measure().equals(measure))
			.map(TraceRow::counted)
			.distinct()
			.count();
	}

}
