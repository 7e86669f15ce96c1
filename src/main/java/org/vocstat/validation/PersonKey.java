package org.vocstat.validation;

import org.vocstat.person.ResidentId;

/**
 * A validated identity document as it may be stored: its kind, keyed hash and masked
 * form. Gender and birth digits derived from a resident ID are kept in memory only, for
 * cross-checks with the row's own fields.
 */
public record PersonKey(String kind, String hash, String masked, String idGender, String idBirthDigits) {

	/**
	 * Kind of a document that is not a resident ID (passport, residence permit): stored,
	 * never matched.
	 */
	public static final String OTHER_DOCUMENT = "OTHER_DOCUMENT";

	static PersonKey of(ResidentId id, String hash, String masked) {
		return new PersonKey(id.kind().name(), hash, masked, id.gender(), id.birthDigits());
	}

}
