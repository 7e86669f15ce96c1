package org.vocstat.validation;

import java.util.List;
import java.util.Set;

/**
 * How one export field is read: normalise the text into a typed value, or record a
 * finding on the row. A type may stage more than one column (an identity stages kind,
 * hash and masked form).
 */
public interface FieldType {

	/**
	 * The typed value of non-blank {@code text}, or {@code null} after recording a
	 * rejection on {@code row}.
	 */
	Object read(String text, String column, RowContext row);

	/**
	 * Appends the staging-column values of {@code value} ({@code null} when the field was
	 * blank).
	 */
	default void stage(Object value, List<Object> out) {
		out.add(value);
	}

	/**
	 * The values this type accepts when it accepts only a fixed list; a value of it is
	 * never personal data.
	 */
	default Set<String> vocabulary() {
		return Set.of();
	}

	/** How many staging columns {@link #stage} appends. */
	default int width() {
		return 1;
	}

}
