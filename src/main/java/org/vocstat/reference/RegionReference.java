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
 * The 区划 reference: by default {@code reference/regions.csv} (GB/T 2260, see
 * {@code regions.README.md} for its source and licence); a site drops in its own with the
 * same header ({@code code,name,level,parent}).
 */
public final class RegionReference {

	private static final String SHIPPED = "/reference/regions.csv";

	private final Map<String, Region> regions;

	private RegionReference(Map<String, Region> regions) {
		this.regions = regions;
	}

	/**
	 * The site's reference at {@code file}, or the shipped one when {@code file} is null.
	 */
	public static RegionReference load(Path file) {
		try (Reader reader = file != null ? Files.newBufferedReader(file, StandardCharsets.UTF_8) : shipped()) {
			return new RegionReference(read(reader));
		}
		catch (IOException | CsvValidationException | IllegalArgumentException ex) {
			throw new UncheckedIOException(
					"cannot read the region reference " + (file != null ? file : SHIPPED) + ": " + ex.getMessage(),
					ex instanceof IOException io ? io : new IOException(ex));
		}
	}

	public Optional<Region> find(String code) {
		return Optional.ofNullable(regions.get(code));
	}

	/** The unit's name, or null when the reference lacks it. */
	public String nameOf(String code) {
		Region region = regions.get(code);
		return region == null ? null : region.name();
	}

	/** Every code of the reference. */
	public Set<String> codes() {
		return regions.keySet();
	}

	private static Reader shipped() {
		InputStream in = RegionReference.class.getResourceAsStream(SHIPPED);
		if (in == null) {
			throw new IllegalStateException(SHIPPED + " is missing from the application");
		}
		return new InputStreamReader(in, StandardCharsets.UTF_8);
	}

	private static Map<String, Region> read(Reader source) throws IOException, CsvValidationException {
		Map<String, Region> regions = new LinkedHashMap<>();
		try (CSVReader reader = new CSVReader(source)) {
			String[] row = reader.readNext();
			while ((row = reader.readNext()) != null) {
				if (row.length < 4 || row[0].isBlank()) {
					continue;
				}
				String code = row[0].strip();
				regions.put(code,
						new Region(code, row[1].strip(), RegionLevel.valueOf(row[2].strip()), row[3].strip()));
			}
		}
		return regions;
	}

}
