package org.vocstat.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

import org.springframework.stereotype.Component;

import org.vocstat.ingest.FileKind;

/**
 * The baseline every speed is measured against: PostgreSQL's own {@code COPY FROM STDIN}
 * of each file, as CSV, into a table of text columns, on the same server. COPY cannot
 * load structurally broken records, so the baseline reads copies of the files without
 * them (a handful of lines out of millions; see {@link CleanCopies}).
 */
@Component
class RawCopyBaseline {

	private final DataSource dataSource;

	RawCopyBaseline(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * Rows and seconds of COPYing every file of {@code folder}, measured as {@code what}.
	 */
	Measurement measure(Path folder, String what) {
		long rows = 0;
		long started = System.nanoTime();
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			connection.setAutoCommit(true);
			List<String> tables = new ArrayList<>();
			for (FileKind kind : FileKind.values()) {
				Path file = folder.resolve(kind.path());
				String table = "bench_raw_" + kind.name().toLowerCase();
				int columns = headerWidth(file);
				statement.execute("DROP TABLE IF EXISTS " + table);
				statement.execute("CREATE TABLE " + table + " ("
						+ IntStream.rangeClosed(1, columns)
							.mapToObj(i -> "c" + i + " text")
							.collect(Collectors.joining(", "))
						+ ")");
				tables.add(table);
				String encoding = kind.system().charset().name().equals("GB18030") ? "GB18030" : "UTF8";
				try (InputStream in = Files.newInputStream(file)) {
					rows += connection.unwrap(PGConnection.class)
						.getCopyAPI()
						.copyIn("COPY " + table + " FROM STDIN WITH (FORMAT csv, HEADER true, ENCODING '" + encoding
								+ "')", in);
				}
			}
			double seconds = (System.nanoTime() - started) / 1e9;
			for (String table : tables) {
				statement.execute("DROP TABLE " + table);
			}
			return new Measurement(what, rows, seconds);
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("the raw COPY baseline failed: " + ex.getMessage(), ex);
		}
	}

	private static int headerWidth(Path file) {
		try (var lines = Files.lines(file, java.nio.charset.StandardCharsets.ISO_8859_1)) {
			String header = lines.findFirst().orElse("");
			return header.split(",", -1).length;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
