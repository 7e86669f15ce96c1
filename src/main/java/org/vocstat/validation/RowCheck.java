package org.vocstat.validation;

/** A rule over several fields of a row, run after every field was read. */
@FunctionalInterface
public interface RowCheck {

	void check(RowContext row);

}
