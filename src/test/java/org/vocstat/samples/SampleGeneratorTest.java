package org.vocstat.samples;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SampleGeneratorTest {

	private static final Pattern FILE_ENTRY = Pattern
		.compile("\\{ \"path\": \"([^\"]+)\", \"sha256\": \"([0-9a-f]{64})\", \"rows\": (\\d+) }");

	private final SampleGenerator generator = new SampleGenerator();

	@Test
	void sameSeedGivesByteIdenticalBatches(@TempDir Path first, @TempDir Path second) throws IOException {
		generator.generate(new GenerationRequest("330400", 2022, first, 2022, Scale.CITY));
		generator.generate(new GenerationRequest("330400", 2022, second, 2022, Scale.CITY));

		List<Path> files = relativeFiles(first);
		assertThat(files).hasSize(18).containsAll(relativeFiles(second));
		for (Path file : files) {
			assertThat(Files.mismatch(first.resolve(file), second.resolve(file))).as(file.toString()).isEqualTo(-1L);
		}
	}

	@Test
	void differentSeedGivesDifferentRosters(@TempDir Path first, @TempDir Path second) throws IOException {
		generator.generate(new GenerationRequest("330400", 2022, first, 1, Scale.CITY));
		generator.generate(new GenerationRequest("330400", 2022, second, 2, Scale.CITY));

		assertThat(Files.mismatch(first.resolve("sms/students.csv"), second.resolve("sms/students.csv")))
			.isNotEqualTo(-1L);
	}

	@Test
	void manifestDigestsAndRowCountsMatchTheFiles(@TempDir Path batch) throws IOException {
		GenerationSummary summary = generator.generate(new GenerationRequest("330400", 2022, batch, 2022, Scale.CITY));

		String manifest = Files.readString(batch.resolve("batch.json"), StandardCharsets.UTF_8);
		assertThat(manifest).contains("\"region\": \"330400\"", "\"regionName\": \"嘉兴市\"", "\"academicYear\": 2022",
				"\"snapshotDate\": \"2022-10-31\"", "\"exportedAt\": \"2023-09-05T02:00:00+08:00\"");
		Matcher entry = FILE_ENTRY.matcher(manifest);
		int entries = 0;
		while (entry.find()) {
			entries++;
			Path file = batch.resolve(entry.group(1));
			assertThat(sha256(file)).as(entry.group(1)).isEqualTo(entry.group(2));
			assertThat(records(file)).as(entry.group(1)).isEqualTo(Long.parseLong(entry.group(3)));
		}
		assertThat(entries).isEqualTo(16);
		assertThat(summary.files()).extracting(GenerationSummary.FileSummary::path)
			.containsExactly("sms/schools.csv", "sms/students.csv", "sms/graduates.csv", "tss/schools.csv",
					"tss/students.csv", "tss/graduates.csv", "qrp/schools.csv", "qrp/conditions.csv",
					"qrp/teachers.csv", "qrp/satisfaction.csv", "qrp/followup.csv", "qrp/training.csv",
					"qrp/awards.csv", "qrp/exams.csv", "qrp/funding.csv", "qrp/region.csv");
	}

	@Test
	void writesEachSystemInItsOwnEncoding(@TempDir Path batch) throws IOException {
		generator.generate(new GenerationRequest("330400", 2021, batch, 2021, Scale.CITY));

		byte[] sms = Files.readAllBytes(batch.resolve("sms/students.csv"));
		byte[] tss = Files.readAllBytes(batch.resolve("tss/students.csv"));
		byte[] qrp = Files.readAllBytes(batch.resolve("qrp/teachers.csv"));
		assertThat(new String(sms, Charset.forName("GB18030"))).startsWith("学籍号,身份证件类型,身份证件号,姓名,性别").contains("\r\n");
		assertThat(tss).startsWith(0xEF, 0xBB, 0xBF);
		assertThat(new String(tss, StandardCharsets.UTF_8)).doesNotContain("\r");
		assertThat(new String(qrp, StandardCharsets.UTF_8)).startsWith("教师编号,学校代码,学年").doesNotContain("\r");
	}

	@Test
	void fixtureReportsThePublishedPopulationAndEveryIrregularKind(@TempDir Path batch) throws IOException {
		GenerationSummary summary = generator.generate(new GenerationRequest("330400", 2022, batch, 2022, Scale.CITY));

		assertThat(summary.fixture()).isTrue();
		assertThat(summary.population())
			.isEqualTo(new GenerationSummary.Population(15, 7, 51_486, 15_595, 15_790, 3_390));
		for (IrregularKind kind : IrregularKind.values()) {
			assertThat(summary.count(kind)).as(kind.label()).isPositive();
			if (kind.quarantine()) {
				assertThat(summary.count(kind)).as(kind.label()).isBetween(3L, 10L);
			}
		}
		assertThat(summary.render()).contains("51,486 in school", "sms/students.csv", "broken quote");
		assertThat(Files.readString(batch.resolve("README.md"))).contains("exact duplicate line", "quarantine");
	}

	@Test
	void syntheticRegionKeepsTheRequestedSize(@TempDir Path batch) throws IOException {
		GenerationSummary summary = generator
			.generate(new GenerationRequest("330000", 2022, batch, 7, Scale.parse("30000")));

		assertThat(summary.fixture()).isFalse();
		assertThat(summary.population().inSchool()).isEqualTo(30_000);
		assertThat(summary.population().schools()).isBetween(14, 20);
	}

	/**
	 * A small batch still has every level beneath its region: the county's schools, a
	 * city's own (市本级) and county schools, a province's 省属 and cities with their own and
	 * county schools, several provinces for the nation; and the README lists the persons
	 * planted open at schools of two units of each level.
	 */
	@Test
	void syntheticBatchesOfEveryLevelHaveEveryLevelBeneath(@TempDir Path folder) throws IOException {
		assertThat(administering(folder, "330402")).containsOnly("330402");
		assertThat(administering(folder, "330100")).contains("330100").anyMatch(c -> !c.equals("330100"));
		List<String> province = administering(folder, "330000");
		assertThat(province).contains("330000");
		assertThat(province.stream().map(c -> c.substring(0, 4)).filter(c -> !c.equals("3300")).distinct())
			.hasSizeGreaterThanOrEqualTo(3);
		assertThat(province).anyMatch(c -> c.endsWith("00") && !c.endsWith("0000")).anyMatch(c -> !c.endsWith("00"));
		assertThat(administering(folder, "000000").stream().map(c -> c.substring(0, 2)).distinct())
			.hasSizeGreaterThanOrEqualTo(2);
		assertThat(Files.readString(folder.resolve("330000/README.md")))
			.contains("## Persons open at schools of two units", "| city | 3 |", "| county | 3 |");
		assertThat(Files.readString(folder.resolve("000000/README.md"))).contains("| province | 3 |", "| city | 3 |",
				"| county | 3 |");
		assertThat(Files.readString(folder.resolve("330402/README.md"))).contains("| school | 3 |");
	}

	private List<String> administering(Path folder, String region) throws IOException {
		generator.generate(new GenerationRequest(region, 2022, folder.resolve(region), 5, Scale.parse("2000")));
		List<String> lines = Files.readAllLines(folder.resolve(region).resolve("sms/schools.csv"),
				Charset.forName("GB18030"));
		return lines.subList(1, lines.size()).stream().map(line -> line.split(",")[3]).toList();
	}

	@Test
	void scaleParsesNamesAndNumbers() {
		assertThat(Scale.parse(null)).isEqualTo(Scale.CITY);
		assertThat(Scale.parse("Province")).isEqualTo(Scale.PROVINCE);
		assertThat(Scale.parse("national").inSchoolTarget()).isEqualTo(18_000_000);
		assertThat(Scale.parse("250,000").inSchoolTarget()).isEqualTo(250_000);
		assertThatThrownBy(() -> Scale.parse("county")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Scale.parse("-5")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aNationalBatchIsTheNationsAndNoOtherRegions(@TempDir Path out) {
		assertThatThrownBy(() -> new GenerationRequest("330000", 2022, out, 1, Scale.NATIONAL))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("--scale national generates the nation's batch: its region is 000000, not 330000"
					+ " (its schools lie across the country)");
		assertThat(new GenerationRequest("000000", 2022, out, 1, Scale.NATIONAL).region()).isEqualTo("000000");
	}

	private static List<Path> relativeFiles(Path root) throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
		}
	}

	private static String sha256(Path file) throws IOException {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Counts RFC 4180 records after the header the way the contract reads them: a quoted
	 * field may span lines, but a quote still open ten lines on is a broken row of its
	 * own.
	 */
	private static long records(Path file) throws IOException {
		Charset charset = file.getParent().getFileName().toString().equals("sms") ? Charset.forName("GB18030")
				: StandardCharsets.UTF_8;
		List<String> lines = new ArrayList<>(List.of(Files.readString(file, charset).split("\r?\n", -1)));
		if (lines.get(lines.size() - 1).isEmpty()) {
			lines.remove(lines.size() - 1);
		}
		long records = 0;
		for (int i = 1; i < lines.size();) {
			long quotes = quotes(lines.get(i));
			int end = i;
			while (quotes % 2 == 1 && end + 1 < lines.size() && end - i < 10) {
				quotes += quotes(lines.get(++end));
			}
			records++;
			i = quotes % 2 == 1 ? i + 1 : end + 1;
		}
		return records;
	}

	private static long quotes(String line) {
		return line.chars().filter((c) -> c == '"').count();
	}

}
