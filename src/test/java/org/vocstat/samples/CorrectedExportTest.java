package org.vocstat.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corrected export: the last plain rows of {@code qrp/conditions.csv} by school code
 * gain 1,000 books, nothing else changes but the manifest's digest of that file and its
 * export time, and asking for more schools than the batch has is refused.
 */
class CorrectedExportTest {

	@Test
	void correctsTheBooksOfTheLastPlainSchoolsAndKeepsTheManifestRight(@TempDir Path original, @TempDir Path batch)
			throws IOException, NoSuchAlgorithmException {
		new SampleGenerator().generate(new GenerationRequest("330400", 2022, original, 2022, Scale.CITY));
		new SampleGenerator().generate(new GenerationRequest("330400", 2022, batch, 2022, Scale.CITY));

		List<String> lines = CorrectedExport.correct(batch, 2);

		// J330483002, the last school by code, has a quoted cell and is left as it is.
		assertThat(lines).containsExactly("J330482001: 纸质图书 109122 → 110122 (corrected export)",
				"J330482002: 纸质图书 55862 → 56862 (corrected export)");
		List<String> before = Files.readAllLines(original.resolve("qrp/conditions.csv"));
		List<String> after = Files.readAllLines(batch.resolve("qrp/conditions.csv"));
		assertThat(after).hasSameSizeAs(before);
		assertThat(after.stream().filter(line -> !before.contains(line))).containsExactlyInAnyOrder(
				"J330482001,2022,144434,11313,64444,5047,6235.51,110122",
				"J330482002,2022,60605,0,32753,0,2039.88,56862");
		String manifest = Files.readString(batch.resolve("batch.json"), StandardCharsets.UTF_8);
		String sha256 = HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256")
				.digest(Files.readAllBytes(batch.resolve("qrp/conditions.csv"))));
		assertThat(manifest)
			.contains("{ \"path\": \"qrp/conditions.csv\", \"sha256\": \"" + sha256 + "\", \"rows\": 15 }")
			.contains("\"exportedAt\": \"2023-09-06T02:00+08:00\"");
		assertThat(Files.mismatch(original.resolve("sms/students.csv"), batch.resolve("sms/students.csv")))
			.isEqualTo(-1L);
	}

	@Test
	void refusesMoreSchoolsThanTheBatchHas(@TempDir Path batch) throws IOException {
		new SampleGenerator().generate(new GenerationRequest("330400", 2022, batch, 2022, Scale.CITY));

		assertThatThrownBy(() -> CorrectedExport.correct(batch, 15))
			.hasMessage("--correct-schools 15: the batch has only 14 schools to correct");
	}

}
