package org.vocstat.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * SQL text, from a resource file beside the code that runs it or from a text block, whose
 * {@code ${name}} places take what bind parameters cannot: {@linkplain TableName table
 * names} the code made, for DDL (partition bounds, CHECKs) numbers, and another
 * template's SQL. Values of every other kind go as named bind parameters
 * ({@code :batch}). Every place must be filled before the text is used.
 */
public final class SqlTemplate {

	private static final Pattern PLACE = Pattern.compile("\\$\\{([a-zA-Z]+)}");

	private final String text;

	private SqlTemplate(String text) {
		this.text = text;
	}

	public static SqlTemplate of(String text) {
		return new SqlTemplate(text);
	}

	/** The UTF-8 text of {@code file} in {@code owner}'s package, on the class path. */
	public static SqlTemplate resource(Class<?> owner, String file) {
		try (InputStream in = owner.getResourceAsStream(file)) {
			if (in == null) {
				throw new IllegalStateException("no SQL resource " + file + " beside " + owner.getName());
			}
			return new SqlTemplate(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Puts {@code table}, quoted, in every {@code ${place}}. */
	public SqlTemplate with(String place, TableName table) {
		return fill(place, table.quoted());
	}

	/**
	 * Puts {@code number} in every {@code ${place}}: a batch id in a partition bound or a
	 * CHECK.
	 */
	public SqlTemplate with(String place, long number) {
		return fill(place, Long.toString(number));
	}

	/**
	 * Puts {@code numbers}, comma-separated, in every {@code ${place}}: a list
	 * partition's bounds.
	 */
	public SqlTemplate with(String place, Collection<Long> numbers) {
		if (numbers.isEmpty()) {
			throw new IllegalArgumentException("no values for ${" + place + "}");
		}
		return fill(place, numbers.stream().map(String::valueOf).collect(Collectors.joining(", ")));
	}

	/**
	 * Puts {@code fragment}'s SQL, which must be whole, in every {@code ${place}}: a part
	 * two statements share.
	 */
	public SqlTemplate with(String place, SqlTemplate fragment) {
		return fill(place, fragment.sql());
	}

	/** The SQL; a place left unfilled is a mistake in the code. */
	public String sql() {
		Matcher left = PLACE.matcher(text);
		if (left.find()) {
			throw new IllegalStateException("${" + left.group(1) + "} is not filled in: " + text);
		}
		return text;
	}

	private SqlTemplate fill(String place, String value) {
		String marker = "${" + place + "}";
		if (!text.contains(marker)) {
			throw new IllegalArgumentException("no " + marker + " in: " + text);
		}
		return new SqlTemplate(text.replace(marker, value));
	}

	@Override
	public String toString() {
		return text;
	}

}
