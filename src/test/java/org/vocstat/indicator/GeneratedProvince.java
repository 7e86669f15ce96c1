package org.vocstat.indicator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.vocstat.reference.RegionLevel;
import org.vocstat.samples.GenerationRequest;
import org.vocstat.samples.SampleGenerator;
import org.vocstat.samples.Scale;

/**
 * A small province batch (浙江 330000, AY2022) from the generator, read back from its own
 * files: which school lies in which 隶属区划, and who is open at which schools at the
 * statistics date (the rule of docs/domain.md), so that tests work out every level's
 * expected count from the files rather than from the generator's plan. Its rows with a
 * broken quote are left out, as their swallowing of the next lines depends on which lines
 * follow, which a cut batch changes; there is no manifest, as the files no longer match
 * it.
 */
final class GeneratedProvince {

	static final String REGION = "330000";

	static final LocalDate SNAPSHOT = LocalDate.of(2022, 10, 31);

	private static final Charset GB18030 = Charset.forName("GB18030");

	private static final Set<String> LEAVING = Set.of("转出", "退学", "毕业", "结业", "注销", "转学");

	/** The files that carry a broken quote (training's quoted line breaks are real). */
	private static final List<String> BROKEN = List.of("sms/students.csv", "sms/graduates.csv", "tss/students.csv",
			"qrp/teachers.csv");

	private final Path folder;

	/** 学校标识码 or 院校代码 → 隶属区划代码. */
	private final Map<String, String> schools = new TreeMap<>();

	/**
	 * Person (normalised ID) → the schools where a record of theirs is open. Rows the
	 * loader quarantines for a bad check digit or major are in it too: each is a person
	 * of one school, who adds nothing to {@link #extra}.
	 */
	private final Map<String, Set<String>> open = new HashMap<>();

	private final long inSchool;

	/** 一校两牌: a 院校代码 → the 学校标识码 of the same school. */
	private final Map<String, String> sameSchool = new HashMap<>();

	private GeneratedProvince(Path folder, long inSchool) {
		this.folder = folder;
		this.inSchool = inSchool;
	}

	static GeneratedProvince generate(Path folder) {
		try {
			long inSchool = new SampleGenerator()
				.generate(new GenerationRequest(REGION, 2022, folder, 2022, Scale.parse("2000")))
				.population()
				.inSchool();
			Files.delete(folder.resolve("batch.json"));
			for (String file : BROKEN) {
				rewrite(folder.resolve(file), lines -> {
					lines.removeIf(line -> quotes(line) % 2 == 1);
					return lines;
				});
			}
			GeneratedProvince batch = new GeneratedProvince(folder, inSchool);
			batch.read();
			return batch;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Path folder() {
		return folder;
	}

	/** Every school's 隶属区划代码, by its code. */
	Map<String, String> schools() {
		return schools;
	}

	/**
	 * The persons in school the generator reports writing (its quarantined rows are
	 * persons of no roster).
	 */
	long inSchool() {
		return inSchool;
	}

	/**
	 * How many more memberships than persons the units of a level hold: for each person
	 * open at schools of n units of the level, n - 1. The level's figures, summed, exceed
	 * the province's by this when each person counts once per unit; {@code null} is the
	 * school level.
	 */
	long extra(RegionLevel level) {
		return open.values().stream().mapToLong(at -> {
			Set<String> units = new TreeSet<>();
			at.forEach(school -> units.add(level == null ? school : level.unitOf(schools.get(school))));
			return units.size() - 1;
		}).sum();
	}

	/** The cities (and 省属) with a person open at schools of it and of another city. */
	Set<String> citiesWithCrossCityPersons() {
		Set<String> cities = new TreeSet<>();
		open.values().forEach(at -> {
			Set<String> units = new TreeSet<>();
			at.forEach(school -> units.add(RegionLevel.city.unitOf(schools.get(school))));
			if (units.size() > 1) {
				cities.addAll(units);
			}
		});
		return cities;
	}

	/**
	 * A copy of the batch holding only the rows that name one of the city's schools, its
	 * region row replaced by one for the city.
	 */
	Path cutTo(String city, Path target) throws IOException {
		Set<String> kept = new TreeSet<>();
		schools.forEach((code, unit) -> {
			if (RegionLevel.city.unitOf(unit).equals(city)) {
				kept.add(code);
			}
		});
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Path copy = target.resolve(folder.relativize(file).toString());
				Files.createDirectories(copy.getParent());
				Files.copy(file, copy);
				boolean region = copy.endsWith(Path.of("qrp", "region.csv"));
				rewrite(copy, lines -> {
					List<String> records = records(lines);
					List<String> result = new ArrayList<>(List.of(records.get(0)));
					for (String record : records.subList(1, records.size())) {
						List<String> fields = List.of(record.strip().split(",", -1));
						if (region) {
							result.add(city + record.substring(REGION.length()));
						}
						else if (fields.stream().anyMatch(kept::contains)) {
							result.add(record);
						}
					}
					return result;
				});
			}
		}
		return target;
	}

	private void read() throws IOException {
		for (String[] row : rows("sms/schools.csv")) {
			schools.put(row[0], row[3]);
		}
		for (String[] row : rows("tss/schools.csv")) {
			schools.put(row[0], row[4]);
			if (!row[6].isBlank()) {
				sameSchool.put(row[0], row[6]);
			}
		}
		// A short row is quarantined, so it counts nowhere.
		for (String[] row : rows("sms/students.csv")) {
			if (row.length >= 18) {
				record(row[2], row[7], row[12], row[16], row[17]);
			}
		}
		for (String[] row : rows("tss/students.csv")) {
			if (row.length >= 14) {
				record(row[3], row[5], row[10], row[11], row[12]);
			}
		}
	}

	/**
	 * A record of a known school, open at the statistics date, counts its person there.
	 */
	private void record(String id, String school, String entry, String status, String changed) {
		LocalDate entered = date(entry);
		LocalDate change = date(changed);
		if (!schools.containsKey(school.strip()) || entered == null || entered.isAfter(SNAPSHOT)) {
			return;
		}
		boolean closed = LEAVING.contains(status.strip()) && (change == null || !change.isAfter(SNAPSHOT));
		if (!closed) {
			String person = Normalizer.normalize(id.strip(), Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
			open.computeIfAbsent(person, k -> new TreeSet<>())
				.add(sameSchool.getOrDefault(school.strip(), school.strip()));
		}
	}

	/**
	 * {@code 2022-09}, {@code 202209}, {@code 2022/9/1}, … ; null when blank or not a
	 * date.
	 */
	private static LocalDate date(String text) {
		String[] parts = text.strip().split("[-/.]");
		try {
			if (parts.length >= 2) {
				return LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
						parts.length > 2 ? Integer.parseInt(parts[2]) : 1);
			}
			String digits = parts[0];
			if (digits.length() == 6 || digits.length() == 8) {
				return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
						digits.length() == 8 ? Integer.parseInt(digits.substring(6)) : 1);
			}
		}
		catch (RuntimeException ex) {
			// An impossible date: the row is quarantined, so it counts nowhere.
		}
		return null;
	}

	private List<String[]> rows(String file) throws IOException {
		List<String> records = records(lines(folder.resolve(file)));
		return records.subList(1, records.size()).stream().map(r -> r.strip().split(",", -1)).toList();
	}

	/** Lines joined while a quote is open: one CSV record each, its line ends kept. */
	private static List<String> records(List<String> lines) {
		List<String> records = new ArrayList<>();
		StringBuilder record = new StringBuilder();
		for (String line : lines) {
			record.append(line);
			if (quotes(record) % 2 == 0) {
				records.add(record.toString());
				record.setLength(0);
			}
		}
		if (!record.isEmpty()) {
			records.add(record.toString());
		}
		return records;
	}

	private static long quotes(CharSequence text) {
		return text.chars().filter(c -> c == '"').count();
	}

	private static Charset charset(Path file) {
		return file.getParent().getFileName().toString().equals("sms") ? GB18030 : StandardCharsets.UTF_8;
	}

	/**
	 * The file's lines, each with its line end; a byte-order mark stays part of the
	 * first.
	 */
	private static List<String> lines(Path file) throws IOException {
		String text = Files.readString(file, charset(file));
		return new ArrayList<>(List.of(text.split("(?<=\n)")));
	}

	private static void rewrite(Path file, UnaryOperator<List<String>> edit) throws IOException {
		Files.writeString(file, String.join("", edit.apply(lines(file))), charset(file));
	}

}
