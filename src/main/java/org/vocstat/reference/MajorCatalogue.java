package org.vocstat.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvValidationException;

/**
 * The major catalogue: by default the file shipped in {@code reference/majors.csv}; a
 * site drops in the official list with the same header
 * ({@code 专业代码,专业名称,专业类代码,专业类名称,专业大类代码,专业大类名称,产业,已核实}).
 */
public final class MajorCatalogue {

	private static final String SHIPPED = "/reference/majors.csv";

	private final Map<String, Major> majors;

	private final String digest;

	private MajorCatalogue(Map<String, Major> majors, String digest) {
		this.majors = majors;
		this.digest = digest;
	}

	/**
	 * The site's catalogue at {@code file}, or the shipped one when {@code file} is null.
	 */
	public static MajorCatalogue load(Path file) {
		try (Reader reader = file != null ? Files.newBufferedReader(file, StandardCharsets.UTF_8) : shipped()) {
			StringWriter text = new StringWriter();
			reader.transferTo(text);
			return new MajorCatalogue(read(new StringReader(text.toString())), sha256(text.toString()));
		}
		catch (IOException | CsvValidationException ex) {
			throw new UncheckedIOException("cannot read the major catalogue " + (file != null ? file : SHIPPED),
					ex instanceof IOException io ? io : new IOException(ex));
		}
	}

	/** SHA-256 of the catalogue file: which catalogue a batch was classified with. */
	public String digest() {
		return digest;
	}

	public Set<String> codes() {
		return majors.keySet();
	}

	public Optional<Major> find(String code) {
		return Optional.ofNullable(majors.get(code));
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
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
