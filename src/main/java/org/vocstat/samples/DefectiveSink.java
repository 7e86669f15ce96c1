package org.vocstat.samples;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;

import org.vocstat.person.ResidentId;

/**
 * A file that receives population rows and, at scheduled places between them,
 * deliberately bad rows built from a fresh spare person (so a bad row never stands for
 * anyone in the population) or copied verbatim.
 */
final class DefectiveSink {

	private static final List<String> UNKNOWN_MAJORS = List.of("660199", "710299", "730399", "720999");

	private final CsvSink sink;

	private final Columns columns;

	private final Deque<Defect> pending;

	private final Map<Long, String> stash = new HashMap<>();

	private final IrregularTally tally;

	private final MajorCatalogue catalogue;

	private final SplittableRandom random;

	private long population;

	private String lastLine;

	private Supplier<List<String>> spare;

	DefectiveSink(CsvSink sink, List<Defect> schedule, IrregularTally tally, MajorCatalogue catalogue,
			SplittableRandom random) {
		this.sink = sink;
		this.columns = Columns.of(sink.file());
		this.pending = new ArrayDeque<>(schedule);
		this.tally = tally;
		this.catalogue = catalogue;
		this.random = random;
	}

	/**
	 * Where fresh bodies for bad rows come from while the current school is being
	 * written.
	 */
	void spare(Supplier<List<String>> spare) {
		this.spare = spare;
	}

	void population(List<String> fields) throws IOException {
		lastLine = sink.row(fields);
		population++;
		if (pending.stream().anyMatch((d) -> d.source() == population)) {
			stash.put(population, lastLine);
		}
		while (!pending.isEmpty() && pending.peekFirst().after() <= population) {
			write(pending.removeFirst());
		}
	}

	/**
	 * Writes what is still scheduled (the file was shorter than expected) and closes the
	 * file.
	 */
	GenerationSummary.FileSummary finish() throws IOException {
		while (!pending.isEmpty() && spare != null) {
			write(pending.removeFirst());
		}
		return sink.finish();
	}

	private void write(Defect defect) throws IOException {
		tally.add(defect.kind(), sink.file());
		if (defect.kind() == IrregularKind.EXACT_DUPLICATE_LINE) {
			sink.raw(stash.getOrDefault(defect.source(), lastLine), false);
			return;
		}
		List<String> row = new ArrayList<>(spare.get());
		switch (defect.kind()) {
			case BAD_CHECK_DIGIT -> badCheckDigit(row);
			case UNKNOWN_SCHOOL_CODE ->
				row.set(columns.school, columns.unknownSchool + String.format("%03d", random.nextInt(1000)));
			case UNKNOWN_MAJOR_CODE -> row.set(columns.major, unknownMajor());
			case IMPOSSIBLE_DATE -> row.set(columns.date, row.get(columns.date).substring(0, 4) + columns.impossible);
			case BROKEN_QUOTE -> row.set(columns.name, "\"" + row.get(columns.name));
			case SHORT_ROW -> row = row.subList(0, row.size() - 3 - random.nextInt(3));
			default -> throw new IllegalArgumentException("not a bad-row kind: " + defect.kind());
		}
		if (defect.kind() == IrregularKind.BROKEN_QUOTE || defect.kind() == IrregularKind.SHORT_ROW) {
			sink.raw(String.join(",", row), defect.kind() == IrregularKind.BROKEN_QUOTE);
		}
		else {
			sink.row(row);
		}
	}

	private void badCheckDigit(List<String> row) {
		String id = row.get(columns.id);
		char right = ResidentId.checkCharacter(id.substring(0, 17));
		String symbols = "0123456789X";
		char wrong = symbols.charAt((symbols.indexOf(right) + 1 + random.nextInt(10)) % 11);
		String bad = id.substring(0, 17) + wrong;
		row.set(columns.id, bad);
		if (columns.number >= 0 && row.get(columns.number).equals("G" + id)) {
			row.set(columns.number, "G" + bad);
		}
	}

	private String unknownMajor() {
		String code = UNKNOWN_MAJORS.get(random.nextInt(UNKNOWN_MAJORS.size()));
		if (catalogue.contains(code)) {
			throw new IllegalStateException("the catalogue now holds " + code + "; pick another unknown code");
		}
		return code;
	}

	/** Where the fields a defect touches sit in each file that receives bad rows. */
	private record Columns(int id, int number, int name, int school, int major, int date, String impossible,
			String unknownSchool) {

		static Columns of(ExportFile file) {
			switch (file) {
				case SMS_STUDENTS:
					return new Columns(file.column("身份证件号"), file.column("学籍号"), file.column("姓名"),
							file.column("学校标识码"), file.column("专业代码"), file.column("出生日期"), "-02-30", "3633998");
				case TSS_STUDENTS:
					return new Columns(file.column("身份证号"), -1, file.column("姓名"), file.column("院校代码"), -1,
							file.column("入学时间"), "-09-31", "J339999");
				case SMS_GRADUATES:
					return new Columns(file.column("身份证件号"), file.column("学籍号"), file.column("姓名"),
							file.column("学校标识码"), file.column("专业代码"), file.column("毕业年月"), "-13", "3633998");
				case QRP_TEACHERS:
					return new Columns(file.column("身份证件号"), -1, file.column("姓名"), file.column("学校代码"), -1,
							file.column("出生年月"), "-13", "3633999");
				default:
					throw new IllegalArgumentException(file.path + " takes no bad rows");
			}
		}

	}

}
