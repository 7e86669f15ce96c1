package org.vocstat.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vocstat.VocstatApplication;

/**
 * {@code vocstat reader-password} prints a new password once, and it is stored nowhere in
 * the home.
 */
class ReaderPasswordCommandTest {

	private static final Pattern PASSWORD = Pattern.compile("password (\\S+)");

	@TempDir
	Path home;

	@Test
	void printsANewPasswordOnceAndStoresItNowhere() throws IOException {
		String first = password(run());
		String second = password(run());

		assertThat(second).isNotEqualTo(first).hasSizeGreaterThanOrEqualTo(40);
		try (Stream<Path> files = Files.walk(home)) {
			assertThat(files.filter(Files::isRegularFile).filter(file -> contains(file, second)))
				.as("files in the home holding the password")
				.isEmpty();
		}
	}

	private String run() {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = VocstatCli.execute(VocstatApplication.class,
				new String[] { "--home", home.toString(), "reader-password" }, new PrintWriter(out, true),
				new PrintWriter(err, true));
		assertThat(code).as(err.toString()).isZero();
		return out.toString();
	}

	private static String password(String output) {
		Matcher matcher = PASSWORD.matcher(output);
		assertThat(matcher.find()).as(output).isTrue();
		return matcher.group(1);
	}

	private static boolean contains(Path file, String text) {
		try {
			return new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1).contains(text);
		}
		catch (IOException ex) {
			return false;
		}
	}

}
