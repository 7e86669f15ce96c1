package org.vocstat.database;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.postgresql.util.PasswordUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Locks the embedded server down before it starts, on every start: writes a {@code pg_hba.conf} that lets in only
 * password (SCRAM) connections over 127.0.0.1 and never the superuser, and, when the data directory was not
 * provisioned yet (new, or created before vocstat had roles), creates the roles and hands everything in schema
 * {@code public} to the owning role. Provisioning runs PostgreSQL in single-user mode: no server listens meanwhile,
 * so there is never a moment when anyone could connect without a password.
 */
final class Provisioning implements Consumer<File> {

	/** Raised whenever provision.sql changes, so that existing data directories run it again. */
	static final String VERSION = "1";

	static final String MARKER = "vocstat.provisioned";

	private static final Logger log = LoggerFactory.getLogger(Provisioning.class);

	private static final Pattern VERIFIER = Pattern.compile("SCRAM-SHA-256\\$[0-9]+:[A-Za-z0-9+/=]+\\$[A-Za-z0-9+/=:]+");

	private static final String HBA = """
			# Written by vocstat on every start of its embedded server (docs/embedded-database.md): password (SCRAM)
			# connections over 127.0.0.1 only, and never as the superuser. There is no Unix socket.
			host all postgres 127.0.0.1/32 reject
			host all all 127.0.0.1/32 scram-sha-256
			""";

	private final Path home;

	Provisioning(Path home) {
		this.home = home;
	}

	@Override
	public void accept(File dataDirectory) {
		Path data = dataDirectory.toPath();
		try {
			Files.writeString(data.resolve("pg_hba.conf"), HBA);
			Path marker = data.resolve(MARKER);
			if (PasswordFile.read(home).isPresent() && Files.exists(marker)
					&& Files.readString(marker).strip().equals(VERSION)) {
				return;
			}
			String password = PasswordFile.read(home).orElseGet(PasswordFile::generate);
			PasswordFile.write(home, password);
			log.info("provisioning the roles of the embedded PostgreSQL in {}", data);
			runSingleUser(data, script(PasswordUtil.encodeScramSha256(password.toCharArray())));
			Files.writeString(marker, VERSION + "\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot provision the embedded PostgreSQL in " + data, ex);
		}
	}

	private static String script(String verifier) throws IOException {
		if (!VERIFIER.matcher(verifier).matches()) {
			throw new IllegalStateException("unexpected password verifier shape");
		}
		try (InputStream sql = Provisioning.class.getResourceAsStream("provision.sql")) {
			return new String(sql.readAllBytes(), StandardCharsets.UTF_8).replace("@VERIFIER@", verifier);
		}
	}

	private void runSingleUser(Path data, String script) throws IOException {
		// -j: a statement ends at a semicolon followed by an empty line, so the DO block may span lines.
		ProcessBuilder builder = new ProcessBuilder(
				PostgresBinaries.of(home).command("postgres", "--single", "-j", "-D", data.toString(), "postgres"))
			.redirectErrorStream(true);
		Process postgres = builder.start();
		try (OutputStream in = postgres.getOutputStream()) {
			in.write(script.getBytes(StandardCharsets.UTF_8));
		}
		String output = new String(postgres.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		try {
			if (!postgres.waitFor(5, TimeUnit.MINUTES)) {
				postgres.destroyForcibly();
				throw new IllegalStateException("provisioning the embedded PostgreSQL did not end within 5 minutes");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while provisioning the embedded PostgreSQL", ex);
		}
		String errors = output.lines()
			.filter(line -> line.contains("ERROR:") || line.contains("FATAL:") || line.contains("PANIC:"))
			.collect(Collectors.joining("; "));
		if (postgres.exitValue() != 0 || !errors.isEmpty()) {
			log.debug("single-user PostgreSQL said:\n{}", output);
			throw new IllegalStateException("cannot provision the roles of the embedded PostgreSQL in " + data + ": "
					+ (errors.isEmpty() ? "exit " + postgres.exitValue() : errors));
		}
	}

}
