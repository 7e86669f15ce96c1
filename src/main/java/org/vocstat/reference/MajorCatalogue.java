package org.vocstat.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvValidationException;

/**
 * The major catalogue: by default the file shipped in {@code reference/majors.csv}; a site drops in the official list
 * with the same header ({@code 专业代码,专业名称,专业类代码,专业类名称,专业大类代码,专业大类名称,产业,已核实}).
 */
public final class MajorCatalogue {

	private static final String SHIPPED = "/reference/majors.csv";

	private final Map<String, Major> majors;

	private MajorCatalogue(Map<String, Major> majors) {
		this.majors = majors;
	}

	/** The site's catalogue at {@code file}, or the shipped one when {@code file} is null. */
	public static MajorCatalogue load(Path file) {
		try (Reader reader = file != null ? Files.newBufferedReader(file, StandardCharsets.UTF_8) : shipped()) {
			return new MajorCatalogue(read(reader));
		}
		catch (IOException | CsvValidationException ex) {
			throw new UncheckedIOException("cannot read the major catalogue " + (file != null ? file : SHIPPED),
					ex instanceof IOException io ? io : new IOException(ex));
		}
	}

	public Set<String> codes() {
		return majors.keySet();
	}

	public Optional<Major> find(String code) {
		return Optional.ofNullable(majors.get(code));
	}

	public int size() {
		return majors.size();
	}

	private static Reader shipped() {
		InputStream in = MajorCatalogue.class.getResourceAsStream(SHIPPED);
		if (in == null) {
			throw new IllegalStateException(SHIPPED + " is missing from the application");
		}
		return new InputStreamReader(in, StandardCharsets.UTF_8);
	}

	private static Map<String, Major> read(Reader source) throws IOException, CsvValidationException {
		Map<String, Major> majors = new LinkedHashMap<>();
		try (CSVReader reader = new CSVReader(source)) {
			String[] row = reader.readNext();
			while ((row = reader.readNext()) != null) {
				if (row.length < 8 || row[0].isBlank()) {
					continue;
				}
				majors.put(row[0].strip(), new Major(row[0].strip(), row[1].strip(), row[2].strip(), row[3].strip(),
						row[4].strip(), row[5].strip(), Integer.parseInt(row[6].strip()), "是".equals(row[7].strip())));
			}
		}
		return majors;
	}

}
