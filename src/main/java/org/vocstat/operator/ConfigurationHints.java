package org.vocstat.operator;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

import org.springframework.beans.TypeMismatchException;
import org.springframework.boot.context.properties.bind.BindException;

/**
 * Configuration problems as one line that names the setting and says how to fix it: the
 * home folder checked before Spring starts (a home that is a file made logback print a
 * stack trace of a hundred lines), and a failed start translated from its causes.
 */
final class ConfigurationHints {

	static final String SETTINGS = "see docs/operating.md#configuration-reference";

	private static final String URL_FORM = "--spring.datasource.url=jdbc:postgresql://HOST:PORT/DATABASE"
			+ " (or SPRING_DATASOURCE_URL), port 1 to 65535";

	private ConfigurationHints() {
	}

	/**
	 * The home ready for the log file and the database: a folder, created if missing,
	 * that this user can write.
	 */
	static Path usableHome(Path home) {
		String fix = Messages.text("config.home.fix",
				": give a folder you can write with --home DIR or VOCSTAT_HOME (it is created if missing)");
		if (Files.exists(home) && !Files.isDirectory(home)) {
			throw new ConfigurationProblem(
					Messages.text("config.home.file", "the vocstat home {0} is a file, not a folder", home.toString())
							+ fix,
					null);
		}
		try {
			if (!Files.exists(home)) {
				Files.createDirectories(home);
				// It will hold the hash key and the database: only its owner may enter.
				if (Files.getFileStore(home).supportsFileAttributeView(PosixFileAttributeView.class)) {
					Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwx------"));
				}
			}
			Files.createDirectories(home.resolve("logs"));
		}
		catch (IOException ex) {
			throw new ConfigurationProblem(Messages.text("config.home.uncreatable",
					"cannot create the vocstat home {0} ({1})", home.toString(), reason(ex)) + fix, ex);
		}
		if (!Files.isWritable(home) || !Files.isWritable(home.resolve("logs"))) {
			throw new ConfigurationProblem(
					Messages.text("config.home.unwritable", "the vocstat home {0} is not writable", home.toString())
							+ fix,
					null);
		}
		return home;
	}

	private static String reason(IOException ex) {
		if (ex instanceof AccessDeniedException) {
			return "permission denied";
		}
		if (ex instanceof NoSuchFileException) {
			return "a folder above it does not exist and cannot be made";
		}
		if (ex instanceof FileSystemException fs && fs.getReason() != null) {
			return fs.getReason();
		}
		return ex.getClass().getSimpleName();
	}

	private static String kind(Class<?> type) {
		if (type == null) {
			return "of the right kind";
		}
		if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
			return "a whole number";
		}
		return "a " + type.getSimpleName();
	}

	/**
	 * What went wrong starting the application, with the fix when the cause is a known
	 * setting: a database URL PostgreSQL's driver does not take, a setting's value of the
	 * wrong type.
	 */
	static String describeStartup(RuntimeException ex) {
		for (Throwable cause = ex; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
			String message = String.valueOf(cause.getMessage());
			if (cause instanceof BindException bind) {
				return "the setting " + bind.getName() + " is not valid (" + Problems.describeStartup(bind) + "); "
						+ SETTINGS;
			}
			if (cause instanceof TypeMismatchException mismatch) {
				return "a setting's value '"
						+ mismatch.getValue() + "' is not " + (mismatch.getRequiredType() != null
								? "a " + mismatch.getRequiredType().getSimpleName() : "of the right type")
						+ " (a --vocstat.* option or a VOCSTAT_* variable); " + SETTINGS;
			}
			if (message.contains("claims to not accept jdbcUrl") || message.contains("suitable driver class")
					|| message.contains("No suitable driver")) {
				return "the database URL is not a PostgreSQL URL vocstat can use: give " + URL_FORM;
			}
		}
		return Problems.describeStartup(ex);
	}

}
