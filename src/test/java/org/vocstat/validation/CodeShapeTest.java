package org.vocstat.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class CodeShapeTest {

	/**
	 * The shapes the export contract's files use (SmsFiles, TssFiles, QrpFiles), all
	 * checked without regex.
	 */
	private static final List<String> CONTRACT = List.of("\\d{6}", "36\\d{8}", "[GJL]\\d{17}[0-9X]", "[0-9A-Z-]{1,40}",
			"[0-9A-Z-]{1,32}");

	/** Shapes outside the plain subset: java.util.regex decides them. */
	private static final List<String> NOT_PLAIN = List.of("\\d{4}(-\\d)?", "[A-Z]{1,3}\\d{2}", "\\d+", "[^0-9]{2}",
			"a|b", "\\w{3}", "[0-9A-Z-]{2,}", "[A-Z0-9-X]{2}");

	/**
	 * Characters near every edge of the shapes: digits, letters either case, '-',
	 * full-width and Han.
	 */
	private static final String ALPHABET = "0123456789GJLXZAaxg-_ ６Ｇ学/";

	@Test
	void theContractsShapesAreCheckedWithoutRegex() {
		CONTRACT.forEach(shape -> assertThat(CodeShape.of(shape).plain()).as(shape).isTrue());
		NOT_PLAIN.forEach(shape -> assertThat(CodeShape.of(shape).plain()).as(shape).isFalse());
	}

	@Test
	void acceptsAndRefusesWhatTheRegexDoes() {
		assertThat(CodeShape.of("\\d{6}").matches("330402")).isTrue();
		assertThat(CodeShape.of("\\d{6}").matches("33040")).isFalse();
		assertThat(CodeShape.of("\\d{6}").matches("3304021")).isFalse();
		assertThat(CodeShape.of("\\d{6}").matches("33040２")).isFalse();
		assertThat(CodeShape.of("36\\d{8}").matches("3633000001")).isTrue();
		assertThat(CodeShape.of("36\\d{8}").matches("3533000001")).isFalse();
		assertThat(CodeShape.of("[GJL]\\d{17}[0-9X]").matches("G33040220070101123X")).isTrue();
		assertThat(CodeShape.of("[GJL]\\d{17}[0-9X]").matches("K33040220070101123X")).isFalse();
		assertThat(CodeShape.of("[0-9A-Z-]{1,40}").matches("")).isFalse();
		assertThat(CodeShape.of("[0-9A-Z-]{1,40}").matches("-")).isTrue();
		assertThat(CodeShape.of("[0-9A-Z-]{1,40}").matches("A".repeat(40))).isTrue();
		assertThat(CodeShape.of("[0-9A-Z-]{1,40}").matches("A".repeat(41))).isFalse();
		assertThat(CodeShape.of("[0-9A-Z-]{1,40}").matches("ab")).isFalse();
	}

	@Test
	void readsClassEdgesAndCountsAsTheRegexDoes() {
		for (String shape : List.of("[A-]", "[-A]", "[a-c-]", "[9-A]{2}", "\\d{0}X", "X\\d{0,3}", "AB-7", "",
				"[GJL]")) {
			CodeShape code = CodeShape.of(shape);
			assertThat(code.plain()).as(shape).isTrue();
			Pattern regex = Pattern.compile(shape);
			for (String text : List.of("", "A", "-", "a", "b", "c", "-A", "A-", "9A", ":;", "@", "X", "X1", "X123",
					"X1234", "AB-7", "ab-7", "G", "J", "L", "GJ", "\uD83D\uDE00", "Ａ")) {
				assertThat(code.matches(text)).as("%s on '%s'", shape, text).isEqualTo(regex.matcher(text).matches());
			}
		}
	}

	@Test
	void agreesWithTheRegexOnGeneratedShapes() {
		Random random = new Random(1129);
		for (int n = 0; n < 500; n++) {
			List<String> pieces = new java.util.ArrayList<>();
			String shape = generatedShape(random, pieces);
			CodeShape code = CodeShape.of(shape);
			assertThat(code.plain()).as(shape).isTrue();
			Pattern regex = Pattern.compile(shape);
			for (int t = 0; t < 400; t++) {
				String text = textFrom(pieces, random);
				assertThat(code.matches(text)).as("%s on '%s'", shape, text).isEqualTo(regex.matcher(text).matches());
			}
		}
	}

	/**
	 * A plain shape of one to four runs, each a literal, {@code \d} or a class with a
	 * count, a varying count only on the last; {@code pieces} receives the characters
	 * each run may take, for texts that often match.
	 */
	private static String generatedShape(Random random, List<String> pieces) {
		String[][] atoms = { { "\\d", "0123456789" }, { "[0-9X]", "0123456789X" }, { "[A-C-]", "ABC-" },
				{ "[GJL]", "GJL" }, { "7", "7" }, { "X", "X" }, { "-", "-" }, { "[a-cx]", "abcx" } };
		int runs = 1 + random.nextInt(4);
		StringBuilder shape = new StringBuilder();
		for (int i = 0; i < runs; i++) {
			String[] atom = atoms[random.nextInt(atoms.length)];
			shape.append(atom[0]);
			pieces.add(atom[1]);
			boolean last = i == runs - 1;
			int min = random.nextInt(4);
			if (last && random.nextBoolean()) {
				shape.append('{').append(min).append(',').append(min + random.nextInt(4)).append('}');
			}
			else if (random.nextBoolean()) {
				shape.append('{').append(min).append('}');
			}
		}
		return shape.toString();
	}

	/**
	 * A text of up to twelve characters, mostly from the shape's own runs, now and then
	 * from anywhere.
	 */
	private static String textFrom(List<String> pieces, Random random) {
		int length = random.nextInt(13);
		StringBuilder text = new StringBuilder(length);
		while (text.length() < length) {
			String alphabet = random.nextInt(8) == 0 ? ALPHABET
					: pieces.get(Math.min(pieces.size() - 1, text.length() / 3));
			text.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return text.toString();
	}

	@Test
	void agreesWithTheRegexOnRandomText() {
		Random random = new Random(20261129);
		for (String shape : concat(CONTRACT, NOT_PLAIN)) {
			Pattern regex = Pattern.compile(shape);
			CodeShape code = CodeShape.of(shape);
			for (int n = 0; n < 20_000; n++) {
				String text = randomNear(shape, random);
				assertThat(code.matches(text)).as("%s on '%s'", shape, text).isEqualTo(regex.matcher(text).matches());
			}
		}
	}

	/**
	 * Text of about the shape's length, mostly digits (so that the fixed shapes match
	 * often enough to be tested both ways), with a sprinkle of the alphabet's other
	 * characters.
	 */
	private static String randomNear(String shape, Random random) {
		int length = random.nextInt(shape.contains("40") ? 44 : 22);
		StringBuilder text = new StringBuilder(length);
		if (random.nextInt(3) == 0 && length > 2) {
			text.append(random.nextBoolean() ? "36" : "G");
		}
		while (text.length() < length) {
			text.append(random.nextInt(4) > 0 ? (char) ('0' + random.nextInt(10))
					: ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return text.toString();
	}

	private static List<String> concat(List<String> a, List<String> b) {
		return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
	}

}
