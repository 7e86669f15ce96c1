package org.vocstat.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.vocstat.pipeline.BatchLoader;
import org.vocstat.pipeline.ExitCode;
import org.vocstat.pipeline.LoadOutcome;
import org.vocstat.support.TestPaths;
import org.vocstat.support.Warehouses;

/**
 * The warehouse the console tests read: both 嘉兴 sample batches loaded, and a user of each
 * role whose password is {@code password-<role>}.
 */
final class ConsoleWarehouse {

	static final String REGION = "330400";

	static final String EQUIPMENT = "facilities.equipment_value_per_student";

	/** 18-character resident IDs and 15-digit legacy numbers, as runs of digits. */
	static final Pattern ID_SHAPED = Pattern.compile("(?<![0-9])(\\d{17}[0-9X]|\\d{15})(?![0-9])");

	private ConsoleWarehouse() {
	}

	static void load(BatchLoader loader, JdbcClient jdbc, ConsoleUsers users) {
		Warehouses.truncateAll(jdbc);
		for (int year : new int[] { 2021, 2022 }) {
			LoadOutcome outcome = loader.load(TestPaths.sampleBatch(year), null, null, null);
			assertThat(outcome.exitCode()).as(outcome.verdict()).isEqualTo(ExitCode.SUCCESS);
		}
		for (ConsoleRole role : ConsoleRole.values()) {
			users.add(role.name() + "1", role, password(role));
		}
	}

	static String password(ConsoleRole role) {
		return "password-" + role;
	}

	/**
	 * Full names (three characters or more, so that no ordinary word is mistaken for one)
	 * of the 2022 sample's sms students: none may appear on any page.
	 */
	static List<String> sampleNames() {
		try {
			List<String> lines = Files.readAllLines(TestPaths.sampleBatch(2022).resolve("sms/students.csv"),
					Charset.forName("GB18030"));
			List<String> header = List.of(lines.get(0).split(",", -1));
			int name = header.indexOf("姓名");
			List<String> names = new ArrayList<>();
			for (String line : lines.subList(1, Math.min(lines.size(), 3000))) {
				String[] cells = line.split(",", -1);
				if (cells.length > name && cells[name].strip().length() >= 3 && !cells[name].contains("*")) {
					names.add(cells[name].strip());
				}
			}
			return names;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A report document without the ECharts library it inlines (whose constants are no
	 * one's ID).
	 */
	static String withoutLibrary(String document) {
		try (var in = ConsoleWarehouse.class.getClassLoader().getResourceAsStream(ReportDocument.ECHARTS)) {
			return document.replace(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), "");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Asserts that a page shows no raw ID and no full name of the sample files. */
	static void assertNoPersonalData(String html, List<String> names) {
		// A line's SHA-256 may hold a run of 15 or 18 digits by chance; it is no ID.
		String text = html.replaceAll("[0-9a-f]{64}", "");
		assertThat(ID_SHAPED.matcher(text).results().map(m -> m.group())).as("ID-shaped numbers in the page").isEmpty();
		assertThat(names).as("full names in the page").noneMatch(text::contains);
	}

}
