package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import org.vocstat.ingest.FileKind;
import org.vocstat.person.BirthMasking;
import org.vocstat.person.Masking;

/**
 * Re-renders the stored texts that quote source values through today's masking, which
 * catches what the masking of V10's time let through: IDs with odd separators or control
 * characters inside, 19 or more digits run together, names padded with spaces, of five
 * characters or in Latin script, and full birth dates in any form.
 *
 * <ul>
 * <li>{@code quarantine.masked_row}: every field of a row through {@link Masking#redact}
 * (the files' vocabularies pass); in a file with a birth column every date as
 * {@link BirthMasking#maskBirthDates} shows it, since which field held the birth date is
 * not known for a shifted row. A duplicate's staged row (JSON) has its ID-shaped runs
 * masked.
 * <li>{@code quarantine.message}, {@code step_audit.message} and Spring Batch's exit
 * messages: every quoted value ({@code '…'}) through {@code redact}, every ID-shaped run
 * masked; a quarantine message of a file with a birth column has its dates shown as birth
 * dates too.
 * </ul>
 *
 * <p>
 * Java, not SQL, so that the masking is the one the loader uses, not a second copy in
 * regular expressions of another dialect. Rows are read in chunks by key and only changed
 * rows are written, so a national warehouse is never held in memory. Masked forms are
 * left as they are, so running the rendering twice changes nothing.
 */
public class V12__Remask extends BaseJavaMigration {

	private static final int CHUNK = 1000;

	private static final Pattern QUOTED = Pattern.compile("'([^'\n]*)'");

	private final Set<String> vocabulary = Arrays.stream(FileKind.values())
		.flatMap(kind -> kind.schema().vocabulary().stream())
		.collect(Collectors.toUnmodifiableSet());

	private final Set<String> birthKinds = Arrays.stream(FileKind.values())
		.filter(kind -> kind.schema()
			.columns()
			.stream()
			.anyMatch(column -> column.stagingColumns().stream().anyMatch(name -> name.startsWith("birth_"))))
		.map(FileKind::code)
		.collect(Collectors.toUnmodifiableSet());

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		remaskQuarantine(connection);
		remaskMessages(connection, "step_audit", "step_execution_id", "message");
		remaskMessages(connection, "batch_step_execution", "step_execution_id", "exit_message");
		remaskMessages(connection, "batch_job_execution", "job_execution_id", "exit_message");
	}

	private void remaskQuarantine(Connection connection) throws SQLException {
		long file = Long.MIN_VALUE;
		long line = Long.MIN_VALUE;
		try (PreparedStatement read = connection.prepareStatement(
				"""
						SELECT q.file_id, q.line_no, f.kind, q.message, q.masked_row FROM quarantine q JOIN source_file f USING (file_id)
						WHERE (q.file_id, q.line_no) > (?, ?) ORDER BY q.file_id, q.line_no LIMIT ?""");
				PreparedStatement write = connection.prepareStatement(
						"UPDATE quarantine SET message = ?, masked_row = ? WHERE file_id = ? AND line_no = ?")) {
			int rows;
			do {
				read.setLong(1, file);
				read.setLong(2, line);
				read.setInt(3, CHUNK);
				rows = 0;
				try (ResultSet chunk = read.executeQuery()) {
					while (chunk.next()) {
						rows++;
						file = chunk.getLong(1);
						line = chunk.getLong(2);
						boolean births = birthKinds.contains(chunk.getString(3));
						String message = chunk.getString(4);
						String row = chunk.getString(5);
						String newMessage = births ? BirthMasking.maskBirthDates(message(message)) : message(message);
						String newRow = row(row, births);
						if (!newMessage.equals(message) || !newRow.equals(row)) {
							write.setString(1, newMessage);
							write.setString(2, newRow);
							write.setLong(3, file);
							write.setLong(4, line);
							write.addBatch();
						}
					}
				}
				write.executeBatch();
			}
			while (rows == CHUNK);
		}
	}

	private void remaskMessages(Connection connection, String table, String key, String column) throws SQLException {
		long after = Long.MIN_VALUE;
		try (PreparedStatement read = connection
			.prepareStatement("SELECT %2$s, %3$s FROM %1$s WHERE %2$s > ? AND %3$s IS NOT NULL ORDER BY %2$s LIMIT ?"
				.formatted(table, key, column));
				PreparedStatement write = connection
					.prepareStatement("UPDATE %1$s SET %3$s = ? WHERE %2$s = ?".formatted(table, key, column))) {
			int rows;
			do {
				read.setLong(1, after);
				read.setInt(2, CHUNK);
				rows = 0;
				try (ResultSet chunk = read.executeQuery()) {
					while (chunk.next()) {
						rows++;
						after = chunk.getLong(1);
						String text = chunk.getString(2);
						String masked = message(text);
						if (!masked.equals(text)) {
							write.setString(1, masked);
							write.setLong(2, after);
							write.addBatch();
						}
					}
				}
				write.executeBatch();
			}
			while (rows == CHUNK);
		}
	}

	/**
	 * A message: each quoted value redacted as a field is, then every ID-shaped run of
	 * the whole masked.
	 */
	private String message(String text) {
		return Masking.redactIds(
				replace(QUOTED.matcher(text), value -> "'" + redact(value.substring(1, value.length() - 1)) + "'"));
	}

	/**
	 * A quarantined row: a duplicate's staged JSON has only masked forms to keep; a
	 * source row is masked by field.
	 */
	private String row(String text, boolean births) {
		if (text.startsWith("{")) {
			return Masking.redactIds(text);
		}
		String masked = Arrays.stream(text.split(",", -1)).map(this::redact).collect(Collectors.joining(","));
		return births ? BirthMasking.maskBirthDates(masked) : masked;
	}

	private String redact(String field) {
		return Masking.redact(field, vocabulary::contains);
	}

	private static String replace(Matcher matcher, UnaryOperator<String> replacement) {
		return matcher.replaceAll(match -> Matcher.quoteReplacement(replacement.apply(match.group())));
	}

}
