package org.vocstat.database;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.postgresql.util.PasswordUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Locks the embedded server down before it starts, on every start: writes a
 * {@code pg_hba.conf} that lets in only password (SCRAM) connections over 127.0.0.1 and
 * never the superuser, and, when the data directory was not provisioned yet (new, or
 * created before vocstat had roles), creates the roles and hands everything in schema
 * {@code public} to the owning role. Provisioning runs PostgreSQL in single-user mode: no
 * server listens meanwhile, so there is never a moment when anyone could connect without
 * a password.
 */
final class Provisioning implements Consumer<File> {

	/**
	 * Raised whenever provision.sql changes, so that existing data directories run it
	 * again. A marker without a password fingerprint (written before there was one) also
	 * runs it again, once.
	 */
	static final String VERSION = "1";

	static final String MARKER = "vocstat.provisioned";

	private static final Logger log = LoggerFactory.getLogger(Provisioning.class);

	private static final Pattern VERIFIER = Pattern
		.compile("SCRAM-SHA-256\\$[0-9]+:[A-Za-z0-9+/=]+\\$[A-Za-z0-9+/=:]+");

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
			Optional<String> stored = PasswordFile.read(home);
			if (stored.isPresent() && Files.exists(marker) && Files.readString(marker).equals(marker(stored.get()))) {
				return;
			}
			String password = stored.orElseGet(PasswordFile::generate);
			PasswordFile.write(home, password);
			// A password file restored from an older backup no longer matches the role's
			// verifier: provisioning
			// again sets the role's password to the file's, rather than every start
			// failing to log in.
			log.info("provisioning the roles of the embedded PostgreSQL in {}{}", data,
					stored.isPresent() && Files.exists(marker) ? " (its marker names another version or password)"
							: "");
			runSingleUser(data, script(PasswordUtil.encodeScramSha256(password.toCharArray())));
			Files.writeString(marker, marker(password));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot provision the embedded PostgreSQL in " + data, ex);
		}
	}

	/**
	 * The marker's text: the version of provision.sql run and a fingerprint of the
	 * password it set. The SCRAM verifier is salted afresh each time, so the password's
	 * SHA-256 stands for it; of 32 random bytes it gives nothing away, and it lies in the
	 * data directory, which only the owner may enter.
	 */
	static String marker(String password) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
			return VERSION + "\npassword-sha256 " + HexFormat.of().formatHex(digest) + "\n";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java has SHA-256", ex);
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
		// -j: a statement ends at a semicolon followed by an empty line, so the DO block
		// may span lines.
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
