package org.vocstat.indicator;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.opencsv.CSVReaderHeaderAware;
import com.opencsv.exceptions.CsvValidationException;

/**
 * The indicator catalogue, held as data: {@code measures.csv} (what is counted or summed
 * over which fact view) and {@code indicators.csv} (how each published figure is made of
 * measures). The shipped catalogue is in {@code reference/}; a site passes a folder with
 * its own two files. References are checked when it is loaded.
 */
public final class IndicatorCatalog {

	private final Map<String, Measure> measures;

	private final Map<String, Indicator> indicators;

	private final String digest;

	IndicatorCatalog(Map<String, Measure> measures, Map<String, Indicator> indicators, String digest) {
		this.measures = measures;
		this.indicators = indicators;
		this.digest = digest;
		check();
	}

	/**
	 * The catalogue in {@code folder}, or the shipped one when {@code folder} is null.
	 */
	public static IndicatorCatalog load(Path folder) {
		String measures = text(folder, "measures.csv");
		String indicators = text(folder, "indicators.csv");
		return new IndicatorCatalog(parse(measures, "measures.csv", IndicatorCatalog::measure, Measure::code),
				parse(indicators, "indicators.csv", IndicatorCatalog::indicator, Indicator::code),
				FigureDigest.sha256(measures + "\u0000" + indicators));
	}

	/**
	 * SHA-256 of the two catalogue files: which definitions figures were computed with.
	 */
	public String digest() {
		return digest;
	}

	public List<Indicator> indicators() {
		return List.copyOf(indicators.values());
	}

	public Optional<Indicator> indicator(String code) {
		return Optional.ofNullable(indicators.get(code));
	}

	/**
	 * The {@code count} codes nearest to {@code code} by edit distance, nearest first:
	 * the suggestions for a mistyped indicator.
	 */
	public List<String> nearest(String code, int count) {
		return indicators.keySet()
			.stream()
			.sorted(Comparator.comparingInt((String known) -> editDistance(code, known))
				.thenComparing(Comparator.naturalOrder()))
			.limit(count)
			.toList();
	}

	/** Levenshtein distance: insertions, deletions and substitutions. */
	static int editDistance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	public Measure measure(String code) {
		return measures.get(code);
	}

	/**
	 * The measures the value and ratio indicators use, grouped by fact view, each once:
	 * what the indicators step measures (changes and growths are computed from figures,
	 * not measured).
	 */
	Map<String, List<Measure>> baseMeasuresByFact() {
		Map<String, List<Measure>> byFact = new LinkedHashMap<>();
		for (Indicator indicator : indicators.values()) {
			if (!indicator.kind().overPreviousPeriod()) {
				List<String> codes = new ArrayList<>(indicator.numerator());
				codes.addAll(indicator.denominator());
				for (String code : codes) {
					List<Measure> ofFact = byFact.computeIfAbsent(measure(code).fact(), fact -> new ArrayList<>());
					if (ofFact.stream().noneMatch(measure -> measure.code().equals(code))) {
						ofFact.add(measure(code));
					}
				}
			}
		}
		return byFact;
	}

	private void check() {
		List<String> problems = new ArrayList<>();
		for (Indicator indicator : indicators.values()) {
			if (indicator.kind().overPreviousPeriod()) {
				if (!indicators.containsKey(indicator.base())) {
					problems.add(indicator.code() + ": no indicator " + indicator.base());
				}
				continue;
			}
			List<String> used = new ArrayList<>(indicator.numerator());
			used.addAll(indicator.denominator());
			used.stream()
				.filter(m -> !measures.containsKey(m))
				.forEach(m -> problems.add(indicator.code() + ": no measure " + m));
			if (indicator.kind() == Indicator.Kind.ratio && indicator.denominator().isEmpty()) {
				problems.add(indicator.code() + ": a ratio needs a denominator");
			}
		}
		if (!problems.isEmpty()) {
			throw new IllegalStateException("the indicator catalogue is inconsistent: " + String.join("; ", problems));
		}
	}

	private static Measure measure(Map<String, String> row) {
		return new Measure(row.get("code"), row.get("fact"), row.get("aggregate"), row.get("expression"),
				row.get("filter"), row.get("description"));
	}

	private static Indicator indicator(Map<String, String> row) {
		EnumSet<ScopeLevel> scopes = EnumSet.noneOf(ScopeLevel.class);
		Arrays.stream(row.get("scopes").split(";")).map(String::strip).map(ScopeLevel::valueOf).forEach(scopes::add);
		return new Indicator(row.get("code"), row.get("name_zh"), row.get("name_en"), row.get("unit"),
				row.get("period"), scopes, Indicator.Kind.valueOf(row.get("kind")), codes(row.get("numerator")),
				codes(row.get("denominator")), new BigDecimal(row.get("multiplier")),
				Integer.parseInt(row.get("precision")), row.get("display"));
	}

	private static List<String> codes(String text) {
		return text == null || text.isBlank() ? List.of()
				: Arrays.stream(text.split("\\+")).map(String::strip).toList();
	}

	private static String text(Path folder, String name) {
		try (Reader reader = open(folder, name)) {
			StringWriter text = new StringWriter();
			reader.transferTo(text);
			return text.toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the indicator catalogue's " + name, ex);
		}
	}

	private static <T> Map<String, T> parse(String text, String name, Function<Map<String, String>, T> parse,
			Function<T, String> key) {
		Map<String, T> items = new LinkedHashMap<>();
		// Blank lines at the end of a hand-edited file are not records.
		try (CSVReaderHeaderAware csv = new CSVReaderHeaderAware(new StringReader(text.stripTrailing()))) {
			for (Map<String, String> row = csv.readMap(); row != null; row = csv.readMap()) {
				T item = parse.apply(row);
				if (items.put(key.apply(item), item) != null) {
					throw new IllegalStateException(name + " defines " + key.apply(item) + " twice");
				}
			}
		}
		catch (IOException | CsvValidationException ex) {
			throw new UncheckedIOException("cannot read the indicator catalogue's " + name,
					ex instanceof IOException io ? io : new IOException(ex));
		}
		return items;
	}

	private static Reader open(Path folder, String name) throws IOException {
		if (folder != null) {
			return Files.newBufferedReader(folder.resolve(name), StandardCharsets.UTF_8);
		}
		InputStream in = IndicatorCatalog.class.getResourceAsStream("/reference/" + name);
		if (in == null) {
			throw new IOException("reference/" + name + " is missing from the application");
		}
		return new InputStreamReader(in, StandardCharsets.UTF_8);
	}

}
