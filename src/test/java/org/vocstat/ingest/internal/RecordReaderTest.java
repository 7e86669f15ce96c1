package org.vocstat.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.vocstat.validation.Rule;

/**
 * The byte-exact RFC 4180 reader: decoding, quoting, structural faults, blank lines, line
 * numbers and line hashes over the exact bytes of each record, the whole-file digest, and
 * resuming at a checkpoint.
 */
class RecordReaderTest {

	private static final Charset GB18030 = Charset.forName("GB18030");

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	@TempDir
	Path folder;

	/** What a test compares of a record: arrays as lists, the hash as hex. */
	record Read(long line, String sha256, String text, List<String> fields, Rule fault) {

		static Read of(SourceRecord record) {
			return new Read(record.lineNumber(), HexFormat.of().formatHex(record.lineSha256()), record.text(),
					record.fields() == null ? null : List.of(record.fields()), record.fault());
		}

	}

	@Test
	void decodesGb18030ChineseTextWithCrlfEndings() throws IOException {
		Path file = write(GB18030,
				"学校标识码,学校名称,办学状态\r\n3633040001,嘉兴市秀水中等专业学校,正常\r\n" + "3633040002,\"嘉善县中等专业学校（东校区）\",停止招生\r\n");

		try (RecordReader reader = RecordReader.open(file, GB18030, null)) {
			assertThat(reader.header()).containsExactly("学校标识码", "学校名称", "办学状态");
			reader.expectFields(3);
			SourceRecord first = reader.next();
			SourceRecord second = reader.next();

			assertThat(first.lineNumber()).isEqualTo(2);
			assertThat(first.fields()).containsExactly("3633040001", "嘉兴市秀水中等专业学校", "正常");
			assertThat(first.lineSha256()).isEqualTo(sha256("3633040001,嘉兴市秀水中等专业学校,正常".getBytes(GB18030)));
			assertThat(first.structurallySound()).isTrue();
			assertThat(second.lineNumber()).isEqualTo(3);
			assertThat(second.fields()).containsExactly("3633040002", "嘉善县中等专业学校（东校区）", "停止招生");
			assertThat(second.lineSha256()).isEqualTo(sha256("3633040002,\"嘉善县中等专业学校（东校区）\",停止招生".getBytes(GB18030)));
			assertThat(reader.next()).isNull();
		}
	}

	@Test
	void decodesGb18030FourByteCharacters() throws IOException {
		String line = "3633040003,𠀀㙟学校,正常";
		Path file = write(GB18030, "学校标识码,学校名称,办学状态\r\n" + line + "\r\n");

		List<Read> reads = readAll(file, GB18030, 3);

		assertThat("𠀀".getBytes(GB18030)).hasSize(4);
		assertThat("㙟".getBytes(GB18030)).hasSize(4);
		assertThat(reads).containsExactly(new Read(2, HexFormat.of().formatHex(sha256(line.getBytes(GB18030))), line,
				List.of("3633040003", "𠀀㙟学校", "正常"), null));
	}

	@Test
	void readsLineLongerThanTheReadBuffer() throws IOException {
		String longNote = "备".repeat(40_000);
		Path file = write(StandardCharsets.UTF_8, "a,b,c\n1,\"" + longNote + "\",3\n4,5,6\n");

		List<Read> reads = readAll(file, StandardCharsets.UTF_8, 3);

		assertThat(reads).extracting(Read::line).containsExactly(2L, 3L);
		assertThat(reads.get(0).fields()).containsExactly("1", longNote, "3");
	}

	@Test
	void stripsUtf8BomAndSurroundingSpaceFromTheHeader() throws IOException {
		Path file = write(concat(BOM, "学号, 姓名 ,院校代码\n2022001,李四,J330402001\n".getBytes(StandardCharsets.UTF_8)));

		try (RecordReader reader = RecordReader.open(file, StandardCharsets.UTF_8, null)) {
			assertThat(reader.header()).containsExactly("学号", "姓名", "院校代码");
			assertThat(reader.expectFields(3).next().fields()).containsExactly("2022001", "李四", "J330402001");
		}
	}

	@Test
	void stripsUtf8BomFromAGb18030File() throws IOException {
		Path file = write(concat(BOM, "学校标识码,学校名称\r\n3633040001,嘉兴\r\n".getBytes(GB18030)));

		try (RecordReader reader = RecordReader.open(file, GB18030, null)) {
			assertThat(reader.header()).containsExactly("学校标识码", "学校名称");
			assertThat(reader.expectFields(2).next().fields()).containsExactly("3633040001", "嘉兴");
		}
	}

	@Test
	void readsQuotedFieldSpanningLinesAsOneRecordNumberedByItsFirstLine() throws IOException {
		String record = "1,\"first line\nsecond line\n\nfourth line\",3";
		Path file = write(StandardCharsets.UTF_8, "a,b,c\n" + record + "\n4,5,6\n");

		List<Read> reads = readAll(file, StandardCharsets.UTF_8, 3);

		assertThat(reads).containsExactly(
				new Read(2, hex(record), record, List.of("1", "first line\nsecond line\n\nfourth line", "3"), null),
				new Read(6, hex("4,5,6"), "4,5,6", List.of("4", "5", "6"), null));
	}

	@Test
	void keepsCrlfInsideAQuotedFieldAndHashesItWithTheRecord() throws IOException {
		byte[] record = "1,\"两行\r\n备注\",3".getBytes(GB18030);
		Path file = write(concat("a,b,c\r\n".getBytes(GB18030), record, "\r\n4,5,6\r\n".getBytes(GB18030)));

		List<Read> reads = readAll(file, GB18030, 3);

		assertThat(reads).extracting(Read::line).containsExactly(2L, 4L);
		assertThat(reads.get(0).fields()).containsExactly("1", "两行\r\n备注", "3");
		assertThat(reads.get(0).sha256()).isEqualTo(HexFormat.of().formatHex(sha256(record)));
	}

	@Test
	void undoublesQuotesInsideQuotedFields() throws IOException {
		Path file = write(StandardCharsets.UTF_8, "a,b,c\n1,\"他说\"\"好\"\"，然后走了\",\"\"\"\"\n\"\",\"x,y\",z\n");

		List<Read> reads = readAll(file, StandardCharsets.UTF_8, 3);

		assertThat(reads).extracting(Read::fields)
			.containsExactly(List.of("1", "他说\"好\"，然后走了", "\""), List.of("", "x,y", "z"));
		assertThat(reads).extracting(Read::fault).containsOnlyNulls();
	}

	@Test
	void quarantinesLineWithUnclosedQuoteAndReadsTheFollowingRowsNormally() throws IOException {
		Path file = write(StandardCharsets.UTF_8, "a,b,c\n1,\"oops,3\n4,5,6\n7,8,9\n10,11,12\n");

		List<Read> reads = readAll(file, StandardCharsets.UTF_8, 3);

		assertThat(reads).containsExactly(new Read(2, hex("1,\"oops,3"), "1,\"oops,3", null, Rule.CSV_QUOTE),
				new Read(3, hex("4,5,6"), "4,5,6", List.of("4", "5", "6"), null),
				new Read(4, hex("7,8,9"), "7,8,9", List.of("7", "8", "9"), null),
				new Read(5, hex("10,11,12"), "10,11,12", List.of("10", "11", "12"), null));
	}

	@Test
	void unclosedQuoteDoesNotSwallowMoreThanItsOwnLineInALongFile() throws IOException {
		StringBuilder text = new StringBuilder("a,b,c\n1,\"oops,3\n");
		IntStream.range(0, 25).forEach(i -> text.append(i).append(",x,y\n"));
		Path file = write(StandardCharsets.UTF_8, text.toString());

		List<Read> reads = readAll(file, StandardCharsets.UTF_8, 3);

		assertThat(reads).hasSize(26);
		assertThat(reads.get(0)).extracting(Read::line, Read::fault).containsExactly(2L, Rule.CSV_QUOTE);
		assertThat(reads.subList(1, 26)).extracting(Read::line)
			.containsExactlyElementsOf(IntStream.rangeClosed(3, 27).mapToObj(Long::valueOf).toList());
		assertThat(reads.subList(1, 26)).extracting(Read::fault).containsOnlyNulls();
	}

	@Test
	void quarantinesFirstLineOfAMultiLineRecordWithTheWrongFieldCountAsBrokenQuote() throws IOException {
		Path file = write(StandardCharsets.UTF_8, "a,b,c\n1,2,\"three\n4,5\",6\n7,8,9\n");

		List<Read> reads = readAll(file, StandardCharsets.UTF_8, 3);

		assertThat(reads).extracting(Read::line, Read::fault)
			.containsExactly(tuple(2L, Rule.CSV_QUOTE), tuple(3L, Rule.CSV_QUOTE), tuple(4L, null));
		assertThat(reads.get(0).sha256()).isEqualTo(hex("1,2,\"three"));
		assertThat(reads.get(2).fields()).containsExactly("7", "8", "9");
	}

	@Test
	void quarantinesUnclosedQuoteOnTheLastLine() throws IOException {
		Path file = write(StandardCharsets.UTF_8, "a,b,c\n1,2,3\n4,5,\"six");

		List<Read> reads = readAll(file, StandardCharsets.UTF_8, 3);

		assertThat(reads).extracting(Read::line, Read::fault)
			.containsExactly(tuple(2L, null), tuple(3L, Rule.CSV_QUOTE));
		assertThat(reads.get(1).text()).isEqualTo("4,5,\"six");
	}

	@Test
	void quarantinesShortAndLongRowsAsWrongColumnCount() throws IOException {
		Path file = write(StandardCharsets.UTF_8, "a,b,c\n1,2\n3,4,5\n6,7,8,9\n1,2,\n");

		List<Read> reads = readAll(file, StandardCharsets.UTF_8, 3);

		assertThat(reads).extracting(Read::line, Read::fault)
			.containsExactly(tuple(2L, Rule.CSV_COLUMNS), tuple(3L, null), tuple(4L, Rule.CSV_COLUMNS),
					tuple(5L, null));
		assertThat(reads.get(0).fields()).containsExactly("1", "2");
		assertThat(reads.get(0).sha256()).isEqualTo(hex("1,2"));
		assertThat(reads.get(3).fields()).containsExactly("1", "2", "");
	}

	@Test
	void quarantinesLineWithBytesInvalidInUtf8AndKeepsReading() throws IOException {
		byte[] bad = concat("1,".getBytes(StandardCharsets.UTF_8), new byte[] { (byte) 0xFF, (byte) 0xC3 },
				",3".getBytes(StandardCharsets.UTF_8));
		Path file = write(concat(utf8("a,b,c\n"), bad, utf8("\n4,5,6\n")));

		List<Read> reads = readAll(file, StandardCharsets.UTF_8, 3);

		assertThat(reads).extracting(Read::line, Read::fault)
			.containsExactly(tuple(2L, Rule.ENCODING), tuple(3L, null));
		assertThat(reads.get(0).sha256()).isEqualTo(HexFormat.of().formatHex(sha256(bad)));
		assertThat(reads.get(0).fields()).isNull();
		assertThat(reads.get(0).text()).startsWith("1,").endsWith(",3");
	}

	@Test
	void quarantinesLineWithBytesInvalidInGb18030() throws IOException {
		// 0xB0 opens a two-byte character; a comma cannot be its second byte.
		byte[] bad = concat("1,".getBytes(GB18030), new byte[] { (byte) 0xB0 }, ",3".getBytes(GB18030));
		Path file = write(concat("a,b,c\r\n".getBytes(GB18030), bad, "\r\n4,嘉兴,6\r\n".getBytes(GB18030)));

		List<Read> reads = readAll(file, GB18030, 3);

		assertThat(reads).extracting(Read::line, Read::fault)
			.containsExactly(tuple(2L, Rule.ENCODING), tuple(3L, null));
		assertThat(reads.get(0).sha256()).isEqualTo(HexFormat.of().formatHex(sha256(bad)));
		assertThat(reads.get(1).fields()).containsExactly("4", "嘉兴", "6");
	}

	@Test
	void quarantinesMultiLineRecordWithInvalidBytesAsOneEncodingFault() throws IOException {
		byte[] record = concat("1,\"first\nsecond ".getBytes(StandardCharsets.UTF_8), new byte[] { (byte) 0xFF },
				"\",3".getBytes(StandardCharsets.UTF_8));
		Path file = write(concat(utf8("a,b,c\n"), record, utf8("\n4,5,6\n7,8,9\n")));

		List<Read> reads = readAll(file, StandardCharsets.UTF_8, 3);

		assertThat(reads).extracting(Read::line, Read::fault)
			.containsExactly(tuple(2L, Rule.ENCODING), tuple(4L, null), tuple(5L, null));
		assertThat(reads.get(0).sha256()).isEqualTo(HexFormat.of().formatHex(sha256(record)));
	}

	@Test
	void skipsBlankLinesInTheMiddleAndAtTheEnd() throws IOException {
		Path file = write(StandardCharsets.UTF_8, "a,b,c\n\n1,2,3\n\n  \t\n4,5,6\r\n\r\n\n");

		List<Read> reads = readAll(file, StandardCharsets.UTF_8, 3);

		assertThat(reads).extracting(Read::line, Read::fields)
			.containsExactly(tuple(3L, List.of("1", "2", "3")), tuple(6L, List.of("4", "5", "6")));
	}

	@Test
	void aRecordHoldingAControlCharacterKeepsItsFieldsAndIsFlaggedWhetherOnOneLineOrSeveral() throws IOException {
		Path file = write(GB18030, "a,b,c\r\n1,\u0000张,3\r\n4,\"x\r\n\u0007y\",6\r\n7,\t8\t,\"9\r\n\"\r\n\u001f\r\n");

		List<Read> reads = readAll(file, GB18030, 3);

		assertThat(reads).extracting(Read::line, Read::fields, Read::fault)
			.containsExactly(tuple(2L, List.of("1", "\u0000张", "3"), Rule.CONTROL_CHARACTER),
					tuple(3L, List.of("4", "x\r\n\u0007y", "6"), Rule.CONTROL_CHARACTER),
					tuple(5L, List.of("7", "\t8\t", "9\r\n"), null), tuple(7L, List.of("\u001f"), Rule.CSV_COLUMNS));
	}

	@Test
	void hashesTheExactBytesOfEachLineWithoutItsTerminator() throws IOException {
		List<String> lines = List.of("3633040001,\"嘉兴\",正常 ", " 3633040002,平湖,撤销");
		Path file = write(GB18030, "学校标识码,学校名称,办学状态\r\n" + lines.get(0) + "\r\n" + lines.get(1) + "\r\n");

		List<Read> reads = readAll(file, GB18030, 3);

		assertThat(reads).extracting(Read::sha256)
			.containsExactly(HexFormat.of().formatHex(sha256(lines.get(0).getBytes(GB18030))),
					HexFormat.of().formatHex(sha256(lines.get(1).getBytes(GB18030))));
		assertThat(reads).extracting(Read::text).containsExactlyElementsOf(lines);
	}

	@Test
	void readsLastLineWithoutFinalNewline() throws IOException {
		Path file = write(StandardCharsets.UTF_8, "a,b,c\n1,2,3\n4,5,6");

		List<Read> reads = readAll(file, StandardCharsets.UTF_8, 3);

		assertThat(reads).containsExactly(new Read(2, hex("1,2,3"), "1,2,3", List.of("1", "2", "3"), null),
				new Read(3, hex("4,5,6"), "4,5,6", List.of("4", "5", "6"), null));
	}

	@Test
	void readsHeaderOnlyFileAsNoRecords() throws IOException {
		Path file = write(StandardCharsets.UTF_8, "a,b,c\n");

		try (RecordReader reader = RecordReader.open(file, StandardCharsets.UTF_8, null)) {
			assertThat(reader.header()).containsExactly("a", "b", "c");
			assertThat(reader.expectFields(3).next()).isNull();
		}
	}

	@Test
	void readsEmptyFileAsNoHeaderAndNoRecords() throws IOException {
		Path file = write(new byte[0]);

		try (RecordReader reader = RecordReader.open(file, StandardCharsets.UTF_8, null)) {
			assertThat(reader.header()).isNull();
			assertThat(reader.next()).isNull();
		}
	}

	@Test
	void readsRecordsAcrossTheReadBufferBoundaries() throws IOException {
		StringBuilder text = new StringBuilder("学号,姓名,备注\r\n");
		for (int i = 0; i < 6000; i++) {
			text.append(i).append(",姓名").append(i).append(",\"备注 ").append(i).append("\r\n第二行\"\r\n");
		}
		Path file = write(GB18030, text.toString());

		List<Read> reads = readAll(file, GB18030, 3);

		assertThat(Files.size(file)).isGreaterThan(3 * 65536);
		assertThat(reads).hasSize(6000);
		assertThat(reads).allSatisfy(read -> assertThat(read.fault()).isNull());
		assertThat(reads.get(5999)).extracting(Read::line, Read::fields)
			.containsExactly(2L + 2 * 5999, List.of("5999", "姓名5999", "备注 5999\r\n第二行"));
	}

	@Test
	void digestGivenToOpenEqualsTheSha256OfTheWholeFile() throws IOException {
		Path file = write(concat(BOM, mixedFile().getBytes(StandardCharsets.UTF_8), bigTail()));
		MessageDigest digest = RecordReader.sha256();

		try (RecordReader reader = RecordReader.open(file, StandardCharsets.UTF_8, digest)) {
			reader.expectFields(3);
			while (reader.next() != null) {
				// read to the end
			}
		}

		assertThat(digest.digest()).isEqualTo(sha256(Files.readAllBytes(file)));
	}

	@Test
	void digestGivenToAResumedReaderTakesTheBytesBeforeTheCheckpointFirst() throws IOException {
		byte[] bytes = concat(BOM, mixedFile().getBytes(StandardCharsets.UTF_8), bigTail());
		Path file = write(bytes);
		long offset;
		long nextLine;
		try (RecordReader reader = RecordReader.open(file, StandardCharsets.UTF_8, null)) {
			reader.expectFields(3);
			for (int i = 0; i < 5; i++) {
				reader.next();
			}
			offset = reader.position();
			nextLine = reader.nextLineNumber();
		}
		MessageDigest digest = RecordReader.sha256();

		try (RecordReader resumed = RecordReader.resume(file, StandardCharsets.UTF_8, 3, offset, nextLine, digest)) {
			while (resumed.next() != null) {
				// read to the end
			}
		}

		assertThat(offset).isGreaterThan(0);
		assertThat(digest.digest()).isEqualTo(sha256(bytes));
	}

	static Stream<Integer> checkpoints() {
		return IntStream.rangeClosed(0, 12).boxed();
	}

	@ParameterizedTest(name = "after {0} records")
	@MethodSource("checkpoints")
	void resumedReadingMatchesAnUninterruptedRead(int before) throws IOException {
		Path file = write(concat(BOM, mixedFile().getBytes(StandardCharsets.UTF_8)));
		List<Read> uninterrupted = readAll(file, StandardCharsets.UTF_8, 3);
		assertThat(uninterrupted).hasSize(12);

		List<Read> pieced = new ArrayList<>();
		long offset;
		long nextLine;
		try (RecordReader reader = RecordReader.open(file, StandardCharsets.UTF_8, null)) {
			reader.expectFields(3);
			for (int i = 0; i < before; i++) {
				pieced.add(Read.of(reader.next()));
			}
			offset = reader.position();
			nextLine = reader.nextLineNumber();
		}
		try (RecordReader resumed = RecordReader.resume(file, StandardCharsets.UTF_8, 3, offset, nextLine)) {
			assertThat(resumed.header()).isNull();
			for (SourceRecord record = resumed.next(); record != null; record = resumed.next()) {
				pieced.add(Read.of(record));
			}
		}

		assertThat(pieced).containsExactlyElementsOf(uninterrupted);
	}

	@Test
	void checkpointAfterBrokenQuotePointsAtTheLineAfterIt() throws IOException {
		Path file = write(StandardCharsets.UTF_8, "a,b,c\n1,\"oops,3\n4,5,6\n7,8,9\n");

		try (RecordReader reader = RecordReader.open(file, StandardCharsets.UTF_8, null)) {
			assertThat(reader.expectFields(3).next().fault()).isEqualTo(Rule.CSV_QUOTE);

			assertThat(reader.nextLineNumber()).isEqualTo(3);
			assertThat(reader.position()).isEqualTo("a,b,c\n1,\"oops,3\n".getBytes(StandardCharsets.UTF_8).length);
		}
	}

	/**
	 * Twelve records: plain, multi-line, a broken quote whose pushed-back lines hold a
	 * CRLF row, a short row and a multi-line CRLF record, blank lines, and a last line
	 * without newline.
	 */
	private static String mixedFile() {
		return String.join("\n", "学号,姓名,备注", // line 1: header
				"1,张三,plain", // 2: record 1
				"2,\"李\"\"四\",\"多行", // 3-4: record 2
				"备注\"", //
				"", // 5: blank
				"3,\"坏引号,x", // 6: record 3, CSV_QUOTE
				"4,王五,ok\r", // 7: record 4, CRLF
				"5,short", // 8: record 5, CSV_COLUMNS
				"6,赵六,\"a\r\nb\"\r", // 9-10: record 6, CRLF inside and after
				"  ", // 11: blank
				"7,钱七,ok", // 12: record 7
				"8,孙八,\"x\n\ny\"", // 13-15: record 8, blank line inside
				"9,周九,ok", // 16: record 9
				"10,吴十,ok", // 17: record 10
				"11,郑十一,ok", // 18: record 11
				"12,王十二,last"); // 19: record 12, no final newline
	}

	private static byte[] bigTail() {
		StringBuilder text = new StringBuilder("\n");
		for (int i = 0; i < 5000; i++) {
			text.append(i).append(",名字,\"备注\"\n");
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static List<Read> readAll(Path file, Charset charset, int fields) throws IOException {
		List<Read> reads = new ArrayList<>();
		try (RecordReader reader = RecordReader.open(file, charset, null)) {
			reader.expectFields(fields);
			for (SourceRecord record = reader.next(); record != null; record = reader.next()) {
				reads.add(Read.of(record));
			}
		}
		return reads;
	}

	private Path write(Charset charset, String text) throws IOException {
		return write(text.getBytes(charset));
	}

	private Path write(byte[] bytes) throws IOException {
		Path file = Files.createTempFile(folder, "export", ".csv");
		Files.write(file, bytes);
		return file;
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static String hex(String utf8) {
		return HexFormat.of().formatHex(sha256(utf8.getBytes(StandardCharsets.UTF_8)));
	}

	private static byte[] sha256(byte[] bytes) {
		return RecordReader.sha256().digest(bytes);
	}

	private static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Arrays.stream(parts).forEach(out::writeBytes);
		return out.toByteArray();
	}

}
