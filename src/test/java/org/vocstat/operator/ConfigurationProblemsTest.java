package org.vocstat.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vocstat.support.ChildCommand;

/**
 * Every configuration problem reaches the console of a real process as one line that says
 * what to fix, exit 2, never a stack trace or Spring's page of advice: a home that is a
 * file (it printed 141 lines), a home that cannot be made, a database URL that is not
 * PostgreSQL's, a port out of range, a database that refuses connections, a setting of
 * the wrong type. The commands run side by side, each in its own JVM.
 */
class ConfigurationProblemsTest {

	@TempDir
	Path folder;

	@Test
	void eachConfigurationProblemIsOneLineWithItsFixAndNoStackTrace() throws Exception {
		Path file = Files.writeString(folder.resolve("a-file"), "not a folder");
		String home = folder.resolve("home").toString();
		Map<List<String>, String> fixes = new LinkedHashMap<>();
		fixes.put(List.of("--home", file.toString(), "status"), "give a folder you can write with --home");
		fixes.put(List.of("--home", "/proc/vocstat-home", "status"), "give a folder you can write with --home");
		fixes.put(List.of("--home", home, "status", "--spring.datasource.url=jdbc:nonsense://db/vocstat"),
				"give --spring.datasource.url=jdbc:postgresql://HOST:PORT/DATABASE");
		fixes.put(List.of("--home", home, "status", "--spring.datasource.url=jdbc:postgresql://127.0.0.1:99999/v"),
				"port 1 to 65535");
		fixes.put(List.of("--home", home, "status", "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/v"),
				"Check that the hostname and port are correct");
		fixes.put(List.of("--home", home, "indicators", "--period", "AY2022", "--vocstat.indicators.parallelism=two"),
				"see docs/operating.md#configuration-reference");
		List<ChildCommand> children = new ArrayList<>();
		try {
			for (List<String> args : fixes.keySet()) {
				children.add(ChildCommand.start(args));
			}
			int i = 0;
			for (Map.Entry<List<String>, String> problem : fixes.entrySet()) {
				ChildCommand child = children.get(i++);
				int code = child.awaitExit(Duration.ofMinutes(4));
				String console = child.console();
				List<String> verdicts = console.lines().filter(line -> line.startsWith("vocstat: ")).toList();
				assertThat(code).as("%s printed:%n%s", problem.getKey(), console).isEqualTo(2);
				assertThat(verdicts).as("%s printed:%n%s", problem.getKey(), console).hasSize(1);
				assertThat(verdicts.get(0)).contains(problem.getValue());
				assertThat(console.lines()).as("%s printed:%n%s", problem.getKey(), console)
					.noneMatch(line -> line.matches("\\s+at .*") || line.startsWith("Caused by")
							|| line.contains("Exception:") || line.contains("APPLICATION FAILED"))
					.hasSizeLessThanOrEqualTo(2);
			}
		}
		finally {
			children.forEach(ChildCommand::close);
		}
	}

}
