package org.vocstat.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.vocstat.VocstatApplication;

/**
 * A vocstat command in a child JVM that halts by fault injection
 * ({@code --vocstat.fault.mode=pause}), returned once it reported the pauses expected:
 * for tests that kill, stop or share a home with a process mid-step.
 */
public final class PausedChild {

	private PausedChild() {
	}

	/**
	 * Starts {@code vocstat args…} and waits (at most two minutes) until it printed
	 * {@code pauses} pauses.
	 */
	public static Process start(List<String> args, int pauses) throws Exception {
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-cp",
				System.getProperty("java.class.path"), VocstatApplication.class.getName()));
		command.addAll(args);
		Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
		// A thread of its own reads the child's output to the end: on a 2-core machine
		// the common fork-join pool has a
		// single thread, which a reader still draining an earlier child would hold, and
		// the pause would go unseen.
		CompletableFuture<Boolean> paused = new CompletableFuture<>();
		StringBuffer output = new StringBuffer();
		Thread reader = new Thread(() -> {
			try (BufferedReader lines = new BufferedReader(
					new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
				int seen = 0;
				for (String line = lines.readLine(); line != null; line = lines.readLine()) {
					output.append(line).append('\n');
					if (line.contains("paused by fault injection") && ++seen == pauses) {
						paused.complete(true);
					}
				}
			}
			catch (IOException ex) {
				// the child is gone
			}
			paused.complete(false);
		}, "child-output");
		reader.setDaemon(true);
		reader.start();
		try {
			assertThat(paused.get(120, TimeUnit.SECONDS)).as("the child reached its pauses; it printed:%n%s", output)
				.isTrue();
		}
		catch (Exception | AssertionError ex) {
			child.destroyForcibly();
			throw ex;
		}
		return child;
	}

}
