package org.vocstat.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.vocstat.operator.TextWidth;

/**
 * {@code vocstat generate}'s summary: Chinese class names line up, nothing wider than the
 * terminal.
 */
class GenerationSummaryTest {

	@AfterEach
	void terminalWidth() {
		System.clearProperty("vocstat.columns");
	}

	@Test
	void chineseClassNamesLineUpAndNoLineIsWiderThanTheTerminal() {
		Map<String, Long> classes = new LinkedHashMap<>();
		classes.put("tss only (系统外技工学籍学生)", 1234L);
		classes.put("sms only at a technical school", 56L);
		GenerationSummary summary = new GenerationSummary("330400", "嘉兴市", 2022, LocalDate.of(2022, 10, 31), false,
				Path.of("/tmp/batch"), new GenerationSummary.Population(39, 8, 51486, 18000, 15000, 3300),
				List.of(new GenerationSummary.FileSummary("sms/students.csv", 40462, "ab".repeat(32))),
				List.of(new GenerationSummary.IrregularCount(IrregularKind.TEMPORARY_ID, "sms/students.csv", 3)),
				classes);
		for (int width : new int[] { 80, 200 }) {
			System.setProperty("vocstat.columns", Integer.toString(width));

			List<String> lines = summary.render().lines().toList();

			assertThat(lines.stream().skip(3))
				.allSatisfy(line -> assertThat(TextWidth.of(line)).isLessThanOrEqualTo(width));
			List<String> rows = lines.stream().filter(line -> line.contains("1,234") || line.endsWith(" 56")).toList();
			assertThat(rows).hasSize(2);
			assertThat(TextWidth.of(rows.get(0))).isEqualTo(TextWidth.of(rows.get(1)));
			assertThat(String.join("\n", lines)).contains("ab".repeat(32));
		}
	}

}
