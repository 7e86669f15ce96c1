package org.vocstat.samples;

import java.time.LocalDate;

/**
 * A person's identity document as the registries hold it: its type, its canonical number
 * (upper-case, half-width, 18 characters for resident IDs and permits), gender and birth
 * date.
 *
 * @param type 身份证件类型
 * @param number canonical number
 * @param male gender
 * @param birth birth date
 */
record Identity(Document type, String number, boolean male, LocalDate birth) {

	/** 身份证件类型 in sms. */
	enum Document {

		RESIDENT("居民身份证"), PERMIT("港澳台居民居住证"), PASSPORT("护照"), TEMPORARY("其他");

		final String label;

		Document(String label) {
			this.label = label;
		}

	}

	String gender() {
		return male ? "男" : "女";
	}

	/** Whether the number may be matched across systems (a valid resident ID). */
	boolean matchable() {
		return type == Document.RESIDENT;
	}

}
