package org.vocstat.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.vocstat.pipeline.BatchLoader;
import org.vocstat.pipeline.ExitCode;
import org.vocstat.support.PostgresTest;
import org.vocstat.support.TestPaths;
import org.vocstat.support.Warehouses;

/**
 * The worked examples of the documentation are what the current code prints on the sample
 * batches: each {@code $ vocstat …} block is run and its output compared line by line, so
 * a change of output or of the samples fails here until the text is updated.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentedExamplesTest {

	@Autowired
	BatchLoader loader;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	void loadBothSampleBatches() {
		Warehouses.truncateAll(jdbc);
		for (int year : new int[] { 2021, 2022 }) {
			assertThat(loader.load(TestPaths.sampleBatch(year), null, null, null).exitCode())
				.isEqualTo(ExitCode.SUCCESS);
		}
		// the width the documentation's blocks are written at
		System.setProperty("vocstat.columns", "120");
	}

	@AfterAll
	void terminalWidth() {
		System.clearProperty("vocstat.columns");
	}

	@Test
	void everyCommandBlockOfTheIndicatorsManualPrintsWhatItShows() throws IOException {
		List<Example> examples = examples(Path.of("docs/indicators.md"));
		assertThat(examples).isNotEmpty();
		for (Example example : examples) {
			CliRun run = CliRun.withDatabase(example.args());
			assertThat(run.out().stripTrailing().lines().map(String::stripTrailing).toList())
				.as("docs/indicators.md: $ vocstat %s", String.join(" ", example.args()))
				.containsExactlyElementsOf(example.output());
		}
	}

	@Test
	void thePublishedCheckEndsAsTheManualSays() throws IOException {
		CliRun check = CliRun.withDatabase("check-published", "src/main/resources/published/jiaxing-2023.csv");

		assertThat(check.out()).contains("105 published figures: 97 MATCH, 8 DIFFERS");
		assertThat(Files.readString(Path.of("docs/indicators.md")))
			.contains("marks all 105 rows: 97 MATCH and 8 DIFFERS");
	}

	/**
	 * A {@code $ vocstat ARGS} line in a fenced block and the lines under it to the
	 * fence.
	 */
	record Example(String[] args, List<String> output) {
	}

	static List<Example> examples(Path markdown) throws IOException {
		List<Example> examples = new ArrayList<>();
		List<String> lines = Files.readAllLines(markdown);
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).startsWith("$ vocstat ")) {
				String[] args = lines.get(i).substring("$ vocstat ".length()).strip().split("\\s+");
				List<String> output = new ArrayList<>();
				for (int j = i + 1; j < lines.size() && !lines.get(j).startsWith("```"); j++) {
					output.add(lines.get(j).stripTrailing());
				}
				examples.add(new Example(args, output));
			}
		}
		return examples;
	}

}
