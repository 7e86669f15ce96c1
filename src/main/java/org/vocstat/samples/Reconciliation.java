package org.vocstat.samples;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vocstat.samples.Student.Registration;

/**
 * Counts, while rosters are written, the persons a batch holds: in school, new,
 * graduates, and the reconciliation class of each technical-school student and of each
 * unmatchable ID.
 */
final class Reconciliation {

	private long inSchool;

	private long newEntrants;

	private long graduates;

	/** The class of the persons of {@link OpenTwice}. */
	static final String OPEN_TWICE = "two open records in sms (schools of two units)";

	private final Map<String, Long> classes = new LinkedHashMap<>();

	Reconciliation() {
		for (String name : List.of("matched (consistent)", "matched with conflict: birth date",
				"matched with conflict: gender", "matched with conflict: status at the statistics date",
				"tss only (系统外技工学籍学生)", "sms only at a technical school", "two records in sms (transfer)",
				"two records in tss (transfer)", "unmatchable: temporary 999 ID", "unmatchable: 港澳台居民居住证 or 护照")) {
			classes.put(name, 0L);
		}
	}

	void add(List<Student> students) {
		for (Student s : students) {
			inSchool += s.track().inSchool ? 1 : 0;
			newEntrants += s.track().isNew ? 1 : 0;
			graduates += s.track() == Track.GRADUATE ? 1 : 0;
			String name = className(s);
			if (name != null) {
				classes.merge(name, 1L, Long::sum);
			}
			if (s.transfer() != null && s.transfer().open()) {
				// Only synthetic batches have them, so the fixture's classes stay as
				// published.
				classes.merge(OPEN_TWICE, 1L, Long::sum);
			}
			else if (s.transfer() != null) {
				classes.merge(
						s.registration().inSms() ? "two records in sms (transfer)" : "two records in tss (transfer)",
						1L, Long::sum);
			}
		}
	}

	private static String className(Student s) {
		switch (s.identity().type()) {
			case TEMPORARY:
				return "unmatchable: temporary 999 ID";
			case PERMIT:
			case PASSPORT:
				return "unmatchable: 港澳台居民居住证 or 护照";
			default:
				break;
		}
		if (!s.school().technical()) {
			return null;
		}
		Registration r = s.registration();
		switch (r) {
			case DUAL:
				return "matched (consistent)";
			case DUAL_BIRTH_CONFLICT:
				return "matched with conflict: birth date";
			case DUAL_GENDER_CONFLICT:
				return "matched with conflict: gender";
			case DUAL_STATUS_CONFLICT:
				return "matched with conflict: status at the statistics date";
			case TSS:
				return "tss only (系统外技工学籍学生)";
			default:
				return "sms only at a technical school";
		}
	}

	long inSchool() {
		return inSchool;
	}

	long newEntrants() {
		return newEntrants;
	}

	long graduates() {
		return graduates;
	}

	Map<String, Long> classes() {
		return classes;
	}

}
