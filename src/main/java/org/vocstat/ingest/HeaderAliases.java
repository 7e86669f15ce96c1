package org.vocstat.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvValidationException;

import org.vocstat.validation.Fields;

/**
 * Other names a column goes by in real exports ({@code 身份证号} for {@code 身份证件号},
 * {@code 院校代码} for {@code 学校代码}): the default table ships in
 * {@code reference/header-aliases.csv}; a site adds its own rows in a file of the same
 * layout ({@code file,canonical,alias}; file is a code like {@code sms.students} or
 * {@code *}).
 */
public final class HeaderAliases {

	private static final String DEFAULT_TABLE = "/reference/header-aliases.csv";

	private final Map<String, List<String>> aliases = new HashMap<>();

	private HeaderAliases() {
	}

	/**
	 * The shipped table plus, when {@code siteTable} is not null, the site's own rows.
	 */
	public static HeaderAliases load(Path siteTable) {
		HeaderAliases table = new HeaderAliases();
		try (InputStream in = HeaderAliases.class.getResourceAsStream(DEFAULT_TABLE)) {
			table.read(new InputStreamReader(in, StandardCharsets.UTF_8), DEFAULT_TABLE);
			if (siteTable != null) {
				table.read(Files.newBufferedReader(siteTable, StandardCharsets.UTF_8), siteTable.toString());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read header aliases", ex);
		}
		return table;
	}

	/**
	 * The names a header cell may have for {@code canonical} in {@code file}, canonical
	 * first, normalised.
	 */
	public List<String> namesFor(FileKind file, String canonical) {
		List<String> names = new ArrayList<>();
		names.add(normalise(canonical));
		names.addAll(aliases.getOrDefault(file.code() + "|" + canonical, List.of()));
		names.addAll(aliases.getOrDefault("*|" + canonical, List.of()));
		return names;
	}

	/**
	 * How header cells are compared: full-width folded (so {@code （㎡）} matches
	 * {@code (㎡)}) and trimmed.
	 */
	public static String normalise(String header) {
		return Fields.halfWidth(header.replace("\uFEFF", ""));
	}

	private void read(Reader source, String name) throws IOException {
		try (CSVReader reader = new CSVReader(source)) {
			String[] row = reader.readNext();
			while ((row = reader.readNext()) != null) {
				if (row.length < 3) {
					continue;
				}
				aliases.computeIfAbsent(row[0].strip() + "|" + row[1].strip(), key -> new ArrayList<>())
					.add(normalise(row[2]));
			}
		}
		catch (CsvValidationException ex) {
			throw new IOException(name + ": " + ex.getMessage(), ex);
		}
	}

}
