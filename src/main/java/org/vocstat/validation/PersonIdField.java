package org.vocstat.validation;

import java.util.List;

import org.vocstat.person.Masking;
import org.vocstat.person.ResidentId;

/**
 * An identity document number. A 居民身份证 (the only kind when {@code typeColumn} is null) is
 * normalised and check-digit validated; other documents are hashed as given and never
 * matched. Stages kind, keyed hash and masked form; the raw number goes no further than
 * this class.
 */
public final class PersonIdField implements FieldType {

	private static final String RESIDENT_ID = "居民身份证";

	private final String typeColumn;

	/**
	 * {@code typeColumn}: the header of the row's 身份证件类型 field, or null when every number
	 * is a resident ID.
	 */
	public PersonIdField(String typeColumn) {
		this.typeColumn = typeColumn;
	}

	@Override
	public Object read(String text, String column, RowContext row) {
		ResidentId id = ResidentId.parse(text);
		// A registry-issued temporary number is recognisable whatever document type the
		// row declares (sms files
		// them under 其他); any other non-resident document is hashed as given.
		if (id.kind() != ResidentId.Kind.TEMPORARY && typeColumn != null && row.value(typeColumn) != null
				&& !RESIDENT_ID.equals(row.value(typeColumn))) {
			String folded = Fields.halfWidth(text).replace(" ", "").toUpperCase();
			return new PersonKey(PersonKey.OTHER_DOCUMENT, row.batch().hasher().hashText(folded),
					Masking.maskId(folded), null, null);
		}
		String masked = Masking.maskId(id.normalised());
		switch (id.kind()) {
			case MALFORMED -> {
				row.reject(Rule.ID_FORMAT, column, "'" + masked + "' is not a resident ID number");
				return null;
			}
			case BAD_CHECKSUM -> {
				row.reject(Rule.ID_CHECKSUM, column, "check character of " + masked + " is wrong");
				return null;
			}
			case TEMPORARY -> row.warn(Rule.TEMPORARY_ID, column, masked + " is a temporary number");
			default -> {
			}
		}
		return PersonKey.of(id, row.batch().hasher().hash(id), masked);
	}

	@Override
	public void stage(Object value, List<Object> out) {
		PersonKey key = (PersonKey) value;
		out.add(key == null ? null : key.kind());
		out.add(key == null ? null : key.hash());
		out.add(key == null ? null : key.masked());
	}

	@Override
	public int width() {
		return 3;
	}

}
