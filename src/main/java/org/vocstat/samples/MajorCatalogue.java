package org.vocstat.samples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The major catalogue shipped as {@code reference/majors.csv}, in file order. */
final class MajorCatalogue {

	static final String RESOURCE = "/reference/majors.csv";

	private final List<Major> majors;

	private final Map<String, Major> byCode = new LinkedHashMap<>();

	private MajorCatalogue(List<Major> majors) {
		this.majors = List.copyOf(majors);
		majors.forEach((major) -> byCode.put(major.code(), major));
	}

	static MajorCatalogue load() {
		try (InputStream in = MajorCatalogue.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("major catalogue " + RESOURCE + " is not on the class path");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			List<Major> majors = new ArrayList<>();
			reader.readLine();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank()) {
					String[] f = line.strip().split(",", -1);
					majors.add(new Major(f[0], f[1], f[2], f[3], f[4], f[5], Integer.parseInt(f[6]), "是".equals(f[7])));
				}
			}
			return new MajorCatalogue(majors);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	List<Major> majors() {
		return majors;
	}

	Major get(String code) {
		Major major = byCode.get(code);
		if (major == null) {
			throw new IllegalArgumentException("专业代码 " + code + " is not in the catalogue");
		}
		return major;
	}

	boolean contains(String code) {
		return byCode.containsKey(code);
	}

}
