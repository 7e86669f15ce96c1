package org.vocstat.warehouse;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.vocstat.person.ResidentId;

/**
 * What the warehouse stores about one person, as an attacker without the hash key would
 * read it: characters a masked ID or student number shows, birth months or dates,
 * genders; and how many valid 18-character IDs (MOD 11-2) fit all of it. Disagreeing
 * records (a birth month or gender one registry has wrong) widen the set: an attacker
 * cannot tell which is right.
 */
final class Candidates {

	private final String id;

	/** Characters shown, by position in the ID. */
	private final Map<Integer, Character> shown = new HashMap<>();

	/** Birth months (yyyy-MM) or dates (yyyy-MM-dd) stored. */
	private final Set<String> births = new HashSet<>();

	private final Set<String> genders = new HashSet<>();

	private String maskedId = "";

	Candidates(String id) {
		this.id = id;
	}

	void masked(String masked) {
		if (masked != null && masked.length() == 18) {
			maskedId = masked;
			show(masked, 0);
		}
	}

	/**
	 * A student number of letters and an 18-character ID (sms: G + the ID) shows the ID's
	 * characters.
	 */
	void studentNumber(String masked) {
		if (masked != null && masked.length() == 19 && Character.isLetter(masked.charAt(0))
				&& masked.substring(1).replace("*", "").chars().allMatch(Character::isLetterOrDigit)) {
			String shownPart = masked.substring(1);
			boolean embeds = true;
			for (int i = 0; i < 18; i++) {
				embeds &= shownPart.charAt(i) == '*' || shownPart.charAt(i) == id.charAt(i);
			}
			if (embeds) {
				show(shownPart, 0);
			}
		}
	}

	/**
	 * A gender stored with a warning that it disagrees with the ID tells the ID's gender
	 * all the same.
	 */
	void gender(String gender, boolean disagrees) {
		if (gender != null) {
			genders.add(disagrees ? ("男".equals(gender) ? "女" : "男") : gender);
		}
	}

	void birth(String birth) {
		if (birth != null) {
			births.add(birth);
		}
	}

	String maskedId() {
		return maskedId;
	}

	/**
	 * Whether the person's true ID is among the candidates: the model of what is stored
	 * is right.
	 */
	boolean admits() {
		return fits(id.substring(6, 14)) && fitsSequence(id.substring(14, 17)) && fitsCheck(id);
	}

	/** The valid IDs that fit everything stored. */
	long count() {
		long count = 0;
		for (String birth : birthDates()) {
			if (!fits(birth)) {
				continue;
			}
			if (!shownFrom(14)) {
				count += genders.size() == 1 ? 500 : 1000;
				continue;
			}
			for (int sequence = 0; sequence < 1000; sequence++) {
				String digits = "%03d".formatted(sequence);
				String body = id.substring(0, 6) + birth + digits;
				if (fitsSequence(digits) && fitsCheck(body + ResidentId.checkCharacter(body))) {
					count++;
				}
			}
		}
		return count;
	}

	/**
	 * Every yyyyMMdd any stored birth month or date allows; with none stored, every day
	 * of 1940 to 2015.
	 */
	private Set<String> birthDates() {
		Set<String> dates = new HashSet<>();
		Set<String> months = new HashSet<>(births);
		if (months.isEmpty()) {
			for (int year = 1940; year <= 2015; year++) {
				for (int month = 1; month <= 12; month++) {
					months.add("%d-%02d".formatted(year, month));
				}
			}
		}
		for (String birth : months) {
			if (birth.length() == 10) {
				dates.add(birth.replace("-", ""));
				continue;
			}
			YearMonth month = YearMonth.parse(birth);
			for (int day = 1; day <= month.lengthOfMonth(); day++) {
				dates.add("%04d%02d%02d".formatted(month.getYear(), month.getMonthValue(), day));
			}
		}
		return dates;
	}

	private void show(String masked, int offset) {
		for (int i = 0; i < masked.length(); i++) {
			if (masked.charAt(i) != '*') {
				shown.put(offset + i, masked.charAt(i));
			}
		}
	}

	private boolean shownFrom(int position) {
		return shown.keySet().stream().anyMatch(at -> at >= position);
	}

	private boolean fits(String birthDigits) {
		for (int i = 0; i < 8; i++) {
			Character c = shown.get(6 + i);
			if (c != null && c != birthDigits.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	private boolean fitsSequence(String digits) {
		for (int i = 0; i < 3; i++) {
			Character c = shown.get(14 + i);
			if (c != null && c != digits.charAt(i)) {
				return false;
			}
		}
		int parity = (digits.charAt(2) - '0') % 2;
		return genders.isEmpty() || genders.contains(parity == 1 ? "男" : "女");
	}

	private boolean fitsCheck(String candidate) {
		Character c = shown.get(17);
		return c == null || c == candidate.charAt(17);
	}

}
