package org.vocstat.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.opencsv.CSVReaderHeaderAware;
import com.opencsv.exceptions.CsvValidationException;

import org.vocstat.indicator.Indicator;
import org.vocstat.indicator.IndicatorCatalog;
import org.vocstat.indicator.ScopeLevel;

/**
 * The review rules, held as data in {@code review-rules.csv} (code, level, scope,
 * condition, message): the shipped file in {@code reference/}, or a site's own. Each row
 * is checked when the file is loaded against the condition language and the indicator
 * catalogue in force; every problem is named with its line, and a file with any problem
 * is refused whole.
 */
public final class ReviewRuleCatalog {

	static final String FILE = "review-rules.csv";

	private static final List<String> COLUMNS = List.of("code", "level", "scope", "condition", "message");

	private final Map<String, ReviewRule> rules;

	private final String digest;

	private ReviewRuleCatalog(Map<String, ReviewRule> rules, String digest) {
		this.rules = rules;
		this.digest = digest;
	}

	/** The rules in {@code file}, or the shipped ones when {@code file} is null. */
	public static ReviewRuleCatalog load(Path file, IndicatorCatalog indicators) {
		String name = file == null ? "reference/" + FILE : file.toString();
		return parse(text(file, name), name, indicators);
	}

	static ReviewRuleCatalog parse(String text, String name, IndicatorCatalog indicators) {
		Map<String, ReviewRule> rules = new LinkedHashMap<>();
		List<String> problems = new ArrayList<>();
		// Blank lines at the end of a hand-edited file are not records.
		try (CSVReaderHeaderAware csv = new CSVReaderHeaderAware(new StringReader(text.stripTrailing()))) {
			long line = csv.getLinesRead();
			for (Map<String, String> read = csv.readMap(); read != null; read = csv.readMap()) {
				Map<String, String> row = read;
				String where = "line " + (line + 1);
				line = csv.getLinesRead();
				List<String> missing = COLUMNS.stream().filter(c -> row.get(c) == null).toList();
				if (!missing.isEmpty()) {
					problems.add(where + ": no column " + String.join(", ", missing));
					break;
				}
				try {
					ReviewRule rule = rule(row, indicators);
					if (rules.put(rule.code(), rule) != null) {
						problems.add(where + ": rule " + rule.code() + " is defined twice");
					}
				}
				catch (IllegalArgumentException ex) {
					problems.add(where + " (" + row.get("code") + "): " + ex.getMessage());
				}
			}
		}
		catch (IOException | CsvValidationException ex) {
			problems.add("not a readable CSV file (" + ex.getMessage() + ")");
		}
		if (!problems.isEmpty()) {
			throw new IllegalStateException(name + " is invalid: " + String.join("; ", problems));
		}
		return new ReviewRuleCatalog(rules, sha256(text));
	}

	private static ReviewRule rule(Map<String, String> row, IndicatorCatalog indicators) {
		String code = row.get("code").strip();
		if (!code.matches("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*")) {
			throw new IllegalArgumentException("code '" + code + "' is not lower-case words joined by dots");
		}
		FindingLevel level;
		try {
			level = FindingLevel.valueOf(row.get("level").strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("level '" + row.get("level") + "' is not error or query", ex);
		}
		EnumSet<ScopeLevel> scopes = EnumSet.noneOf(ScopeLevel.class);
		for (String scope : row.get("scope").split(";")) {
			try {
				scopes.add(ScopeLevel.valueOf(scope.strip()));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException(
						"scope '" + scope.strip() + "' is not national, province, city, county or school", ex);
			}
		}
		Condition condition;
		try {
			condition = ConditionParser.condition(row.get("condition"));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("condition, " + ex.getMessage(), ex);
		}
		if (row.get("message").isBlank()) {
			throw new IllegalArgumentException("the message is empty");
		}
		ReviewRule rule = new ReviewRule(code, level, scopes, row.get("condition").strip(), condition,
				MessageTemplate.parse(row.get("message").strip()));
		for (Expression.Reference reference : rule.references()) {
			Indicator indicator = indicators.indicator(reference.indicator())
				.orElseThrow(() -> new IllegalArgumentException(
						"no indicator " + reference.indicator() + " in the indicator catalogue"));
			EnumSet<ScopeLevel> without = EnumSet.copyOf(scopes);
			without.removeAll(indicator.scopes());
			if (!without.isEmpty()) {
				throw new IllegalArgumentException("indicator " + indicator.code() + " has no figures at "
						+ String.join(", ", without.stream().map(Enum::name).toList()) + " level");
			}
		}
		return rule;
	}

	List<ReviewRule> rules() {
		return List.copyOf(rules.values());
	}

	/** The codes of the rules, in file order. */
	public List<String> codes() {
		return List.copyOf(rules.keySet());
	}

	Optional<ReviewRule> rule(String code) {
		return Optional.ofNullable(rules.get(code));
	}

	/** SHA-256 of the rules file: which rules the findings were made with. */
	public String digest() {
		return digest;
	}

	private static String text(Path file, String name) {
		try {
			if (file != null) {
				return Files.readString(file, StandardCharsets.UTF_8);
			}
			try (InputStream in = ReviewRuleCatalog.class.getResourceAsStream("/reference/" + FILE)) {
				if (in == null) {
					throw new IOException(name + " is missing from the application");
				}
				return new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the review rules " + name, ex);
		}
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

}
