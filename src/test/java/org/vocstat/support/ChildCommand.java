package org.vocstat.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.vocstat.VocstatApplication;

/**
 * A vocstat command line run in a child JVM on the test classpath, its console (stdout
 * and stderr together) collected as it comes: for tests of what an operator sees and of
 * how a real process stops.
 */
public final class ChildCommand implements AutoCloseable {

	private final Process process;

	private final StringBuffer console = new StringBuffer();

	private final Thread reader = new Thread(this::read, "child-console");

	private ChildCommand(Process process) {
		this.process = process;
	}

	/** Starts {@code vocstat args…}. */
	public static ChildCommand start(List<String> args) throws IOException {
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-cp",
				System.getProperty("java.class.path"), VocstatApplication.class.getName()));
		command.addAll(args);
		ChildCommand child = new ChildCommand(new ProcessBuilder(command).redirectErrorStream(true).start());
		// A thread of its own, not the common pool's: on a 2-core machine that pool has a
		// single thread, which another child's reader could hold.
		child.reader.setDaemon(true);
		child.reader.start();
		return child;
	}

	private void read() {
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				console.append(line).append('\n');
			}
		}
		catch (IOException ex) {
			// the child is gone
		}
	}

	public Process process() {
		return process;
	}

	/** What the child printed so far. */
	public String console() {
		return console.toString();
	}

	/**
	 * Waits until the console contains {@code text} or the child ends; whether it does.
	 */
	public boolean awaitConsole(String text, Duration patience) throws InterruptedException {
		long deadline = System.nanoTime() + patience.toNanos();
		while (!console().contains(text) && process.isAlive() && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		return console().contains(text);
	}

	/**
	 * Waits for the child to end; its exit code, or -1 if it is still running after
	 * {@code patience}.
	 */
	public int awaitExit(Duration patience) throws InterruptedException {
		if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
			return -1;
		}
		// The reader may still be draining the last lines.
		reader.join(5_000);
		return process.exitValue();
	}

	/** Runs {@code vocstat args…} to its end (at most {@code patience}). */
	public static ChildCommand run(List<String> args, Duration patience) throws IOException, InterruptedException {
		ChildCommand child = start(args);
		child.awaitExit(patience);
		return child;
	}

	@Override
	public void close() {
		if (process.isAlive()) {
			process.destroyForcibly();
		}
	}

}
