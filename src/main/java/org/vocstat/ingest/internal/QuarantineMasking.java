package org.vocstat.ingest.internal;

import java.util.Arrays;
import java.util.List;

import org.vocstat.ingest.HeaderMapping;
import org.vocstat.person.Masking;
import org.vocstat.validation.Column;
import org.vocstat.validation.Fields;
import org.vocstat.validation.PersonIdField;
import org.vocstat.validation.StudentNumberField;

/**
 * Renders a rejected row for the quarantine table with its personal fields masked: identity numbers and student
 * numbers as {@code 330402********123X}, names as {@code 张*明}. Fields are placed by header position; every other
 * field is redacted too ({@link Masking#redact}: ID-shaped runs, bare Chinese names), since a broken or misfiled row
 * may have its personal data anywhere.
 */
final class QuarantineMasking {

	private enum Mask {
		NONE, NUMBER, NAME
	}

	private final Mask[] masks;

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
	}

	/** The masked row as comma-separated fields; a row that could not be split is split naively on commas. */
	String render(String[] fields, String text) {
		String[] parts = fields != null ? fields : text.split(",", -1);
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < parts.length; i++) {
			if (i > 0) {
				out.append(',');
			}
			out.append(mask(i < masks.length ? masks[i] : Mask.NONE, parts[i]));
		}
		return out.toString();
	}

	private static String mask(Mask mask, String field) {
		return switch (mask) {
			case NUMBER -> Masking.maskId(Fields.halfWidth(field));
			case NAME -> String.join("、", Arrays.stream(field.split("[、,，;；\\s]+")).map(Masking::maskName).toList());
			case NONE -> Masking.redact(field);
		};
	}

	private static Mask maskFor(Column column) {
		if (column.type() instanceof PersonIdField || column.type() instanceof StudentNumberField) {
			return Mask.NUMBER;
		}
		return column.stagingColumns().stream().anyMatch(name -> name.endsWith("_masked")) ? Mask.NAME : Mask.NONE;
	}

}
