package org.vocstat.ingest.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.vocstat.ingest.FileKind;
import org.vocstat.ingest.HeaderMapping;
import org.vocstat.person.BirthMasking;
import org.vocstat.person.Masking;
import org.vocstat.validation.Column;
import org.vocstat.validation.Fields;
import org.vocstat.validation.PersonIdField;
import org.vocstat.validation.StudentNumberField;

/**
 * Renders a rejected row for the quarantine table with its personal fields masked:
 * identity numbers as {@code 330402************}, student numbers as
 * {@code G330402************}, names as {@code 张*明}, birth dates as their month. Fields
 * are placed by header position; every other field is redacted too
 * ({@link Masking#redact}: ID-shaped runs, whatever separates their digits, and names of
 * any length and script), since a broken or misfiled row may have its personal data
 * anywhere. Values of the file's vocabularies pass unmasked. A birth column shows year
 * and month digits only, whatever its form ({@link BirthMasking#maskBirth}); in a shifted
 * row of a file with a birth column, any date may be the birth date, so every date is
 * shown so.
 */
final class QuarantineMasking {

	private enum Mask {

		NONE, ID, STUDENT_NUMBER, NAME, BIRTH

	}

	/**
	 * What a number may be written with between its digits, controls and their pictures
	 * included.
	 */
	private static final Pattern SEPARATORS = Pattern
		.compile("[\\s\\p{Z}\\x00-\\x1F\\x{2400}-\\x{241F}.。·・\\-‐‑‒–—―_/\\\\|:]", Pattern.UNICODE_CHARACTER_CLASS);

	/**
	 * The vocabulary of every file, not only this one's: a shifted row or a misfiled
	 * value (在籍 in a tss file, 普通中专 out of its column) is still no name, and a
	 * two-character status read as a name was masked to 在*.
	 */
	private static final Set<String> EVERY_VOCABULARY = Arrays.stream(FileKind.values())
		.flatMap(kind -> kind.schema().vocabulary().stream())
		.collect(Collectors.toUnmodifiableSet());

	private final Mask[] masks;

	private final Set<String> vocabulary;

	private final boolean birthDates;

	QuarantineMasking(HeaderMapping mapping) {
		masks = new Mask[Math.max(mapping.headerWidth(), 1)];
		Arrays.fill(masks, Mask.NONE);
		List<Column> columns = mapping.kind().schema().columns();
		for (int i = 0; i < columns.size(); i++) {
			int at = mapping.fieldIndex()[i];
			if (at >= 0) {
				masks[at] = maskFor(columns.get(i));
			}
		}
		vocabulary = EVERY_VOCABULARY;
		birthDates = columns.stream().anyMatch(column -> maskFor(column) == Mask.BIRTH);
	}

	/**
	 * The masked row as comma-separated fields; a row that could not be split is split
	 * naively on commas.
	 */
	String render(String[] fields, String text) {
		String[] parts = fields != null ? fields : text.split(",", -1);
		boolean shifted = parts.length != masks.length || fields == null;
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < parts.length; i++) {
			if (i > 0) {
				out.append(',');
			}
			Mask mask = shifted ? Mask.NONE : masks[i];
			String masked = mask(mask, parts[i]);
			out.append(shifted && birthDates ? BirthMasking.maskBirthDates(masked) : masked);
		}
		return out.toString();
	}

	private String mask(Mask mask, String field) {
		return switch (mask) {
			case ID -> Masking.maskId(folded(field));
			case STUDENT_NUMBER -> Masking.maskStudentNumber(folded(field));
			case NAME -> String.join("、", Arrays.stream(field.split("[、,，;；\\s]+")).map(Masking::maskName).toList());
			case BIRTH -> BirthMasking.maskBirth(Masking.redact(field));
			case NONE -> Masking.redact(field, vocabulary::contains);
		};
	}

	/**
	 * The field without the separators a number may be written with, so that the mask
	 * keeps no digit it hides.
	 */
	private static String folded(String field) {
		return SEPARATORS.matcher(Fields.halfWidth(field)).replaceAll("").toUpperCase();
	}

	private static Mask maskFor(Column column) {
		if (column.type() instanceof PersonIdField) {
			return Mask.ID;
		}
		if (column.type() instanceof StudentNumberField) {
			return Mask.STUDENT_NUMBER;
		}
		if (column.stagingColumns().stream().anyMatch(name -> name.startsWith("birth_"))) {
			return Mask.BIRTH;
		}
		return column.stagingColumns().stream().anyMatch(name -> name.endsWith("_masked")) ? Mask.NAME : Mask.NONE;
	}

}
