package org.vocstat.samples;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.vocstat.operator.TerminalWidth;
import org.vocstat.operator.TextTable;
import org.vocstat.operator.TextTable.Column;
import org.vocstat.operator.TextTable.Kind;

/**
 * What one generation wrote: the files with their row counts and digests, the irregular
 * rows by kind and file, and the population the batch was built to hold.
 *
 * @param region the region code
 * @param regionName the region's name
 * @param academicYear the academic year
 * @param snapshotDate the statistics date
 * @param fixture whether this is the published 嘉兴 fixture
 * @param out the batch folder
 * @param population the intended population figures
 * @param files each written file, in manifest order
 * @param irregulars each irregular-row kind with its file and count
 * @param reconciliation persons by reconciliation class (technical-school students and
 * unmatchable IDs)
 */
public record GenerationSummary(String region, String regionName, int academicYear, LocalDate snapshotDate,
		boolean fixture, Path out, Population population, List<FileSummary> files, List<IrregularCount> irregulars,
		Map<String, Long> reconciliation) {

	/**
	 * The population a batch was built to hold (distinct persons, after normalisation and
	 * union).
	 *
	 * @param schools schools in operation (办学状态 正常)
	 * @param technicalSchools of which technical schools
	 * @param inSchool in-school persons at the statistics date
	 * @param newEntrants persons whose entry falls in the academic year
	 * @param graduates graduate persons of the academic year
	 * @param fullTimeTeachers 专任教师
	 */
	public record Population(int schools, int technicalSchools, long inSchool, long newEntrants, long graduates,
			long fullTimeTeachers) {
	}

	/**
	 * One written file.
	 *
	 * @param path path inside the batch
	 * @param rows data records written (header excluded, irregular rows included)
	 * @param sha256 lower-case hex digest of the file bytes
	 */
	public record FileSummary(String path, long rows, String sha256) {
	}

	/**
	 * How many irregular rows of one kind went into one file.
	 *
	 * @param kind the kind
	 * @param file path inside the batch
	 * @param count rows (or, for untidy values, rows carrying such a value)
	 */
	public record IrregularCount(IrregularKind kind, String file, long count) {
	}

	/** Total rows of a kind over all files. */
	public long count(IrregularKind kind) {
		return irregulars.stream().filter((c) -> c.kind() == kind).mapToLong(IrregularCount::count).sum();
	}

	/** A readable multi-line report for the terminal. */
	public String render() {
		StringBuilder text = new StringBuilder();
		text.append(String.format("Sample batch %s %s, academic year %d (statistics date %s)%s%n", region, regionName,
				academicYear, snapshotDate, fixture ? " — published 嘉兴 fixture" : " — synthetic"));
		text.append("  written to ").append(out).append(System.lineSeparator());
		text.append(String.format(
				"Population: %,d schools (%,d technical), %,d in school, %,d new entrants, "
						+ "%,d graduates, %,d full-time teachers%n",
				population.schools(), population.technicalSchools(), population.inSchool(), population.newEntrants(),
				population.graduates(), population.fullTimeTeachers()));
		text.append("Files:").append(System.lineSeparator());
		table(text,
				List.of(new Column("file", Kind.ID), new Column("rows", Kind.NUMBER), new Column("sha256", Kind.ID)),
				files.stream().map(f -> List.<Object>of(f.path(), f.rows(), f.sha256())).toList());
		text.append("Reconciliation classes (persons):").append(System.lineSeparator());
		table(text, List.of(new Column("class", Kind.TEXT), new Column("persons", Kind.NUMBER)),
				reconciliation.entrySet().stream().map(e -> List.<Object>of(e.getKey(), e.getValue())).toList());
		appendIrregulars(text, false, "Untidy rows (normalise and count):");
		appendIrregulars(text, true, "Bad rows (quarantine):");
		return text.toString();
	}

	private void appendIrregulars(StringBuilder text, boolean quarantine, String title) {
		text.append(title).append(System.lineSeparator());
		table(text,
				List.of(new Column("kind", Kind.TEXT), new Column("file", Kind.ID), new Column("rows", Kind.NUMBER)),
				irregulars.stream()
					.filter(count -> count.kind().quarantine() == quarantine)
					.map(count -> List.<Object>of(count.kind().label(), count.file(), count.count()))
					.toList());
	}

	/** A table of the shared renderer, indented two spaces under its title. */
	private static void table(StringBuilder text, List<Column> columns, List<List<Object>> rows) {
		TextTable.render(columns, rows, TerminalWidth.columns() - 2)
			.forEach(line -> text.append("  ").append(line).append(System.lineSeparator()));
	}

}
