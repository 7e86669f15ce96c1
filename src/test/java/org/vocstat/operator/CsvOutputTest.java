package org.vocstat.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vocstat.support.BatchFixture;

/**
 * Source text that a spreadsheet would run as a formula, quarantined and printed by
 * {@code vocstat quarantine
 * --format csv}: every such cell comes out with a leading quote, so opening the file runs
 * nothing.
 */
class CsvOutputTest {

	@TempDir
	Path folder;

	@Test
	void quarantinedFormulaCellsComeOutEscaped() {
		Path batch = new BatchFixture()
			.append("qrp/satisfaction.csv", "\"=HYPERLINK(\"\"http://x\"\")\",2022,毕业生,100,97", "+1+1,2022,毕业生,100,97",
					"@SUM(1;2),2022,毕业生,100,97")
			.writeTo(folder);
		CliRun load = CliRun.withDatabase("load", batch.toString());
		assertThat(load.code()).as(load.err()).isZero();

		CliRun quarantine = CliRun.withDatabase("quarantine", load.runId(), "--format", "csv");

		assertThat(quarantine.code()).as(quarantine.err()).isZero();
		List<String[]> rows = parse(quarantine.out());
		assertThat(rows).extracting(row -> row[5])
			.containsExactly("maskedRow", "'=HYPERLINK(\"http://x\"),2022,毕业生,100,97", "'+1+1,2022,毕业生,100,97",
					"'@SUM(1;2),2022,毕业生,100,97");
		assertThat(rows).flatExtracting(List::of).noneMatch(cell -> cell.matches("(?s)[=+\\-@\t\r].*"));
	}

	private static List<String[]> parse(String csv) {
		try (CSVReader reader = new CSVReader(new StringReader(csv))) {
			return reader.readAll();
		}
		catch (IOException | CsvException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
