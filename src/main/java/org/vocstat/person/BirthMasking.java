package org.vocstat.person;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Birth dates as they may be shown: year and month, never the day, which beside a masked
 * ID's area code would narrow the ID to a few hundred candidates (docs/personal-data.md).
 */
public final class BirthMasking {

	/**
	 * A date in any usual form, possibly in full-width digits: {@code YYYYMMDD}, or year,
	 * month and day separated by dashes, slashes or dots ({@code 2007-7-25},
	 * {@code 2007.07.25}) or written {@code 2007年7月25日}.
	 */
	private static final Pattern DATE = Pattern.compile(
			"(?<![0-9０-９])[12１２][0-9０-９]{3}(?:[0-9０-９]{4}|\\s*[-/.－／．。年]\\s*"
					+ "[0-9０-９]{1,2}\\s*[-/.－／．。月]\\s*[0-9０-９]{1,2}\\s*日?)(?![0-9０-９])",
			Pattern.UNICODE_CHARACTER_CLASS);

	private BirthMasking() {
	}

	/**
	 * A birth date (or anything written in a birth-date column) as it may be shown: the
	 * year's four digits and the month's digits (the next one or two, up to the next
	 * non-digit), every later digit as {@code *}, whatever separates them:
	 * {@code 2007-07-**}, {@code 200707**}, {@code 2007.7.**}, {@code 2007年7月**日}. The
	 * day, beside a masked ID's area code, would narrow the ID to a few hundred
	 * candidates (docs/personal-data.md); an ID in the column shows its area code only.
	 */
	public static String maskBirth(String text) {
		if (text == null) {
			return "";
		}
		char[] out = text.toCharArray();
		int shown = 0;
		boolean inMonth = false;
		boolean monthDone = false;
		for (int i = 0; i < out.length; i++) {
			char c = out[i];
			boolean digit = (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
			if (!digit) {
				monthDone |= inMonth;
			}
			else if (shown < 4 || (shown < 6 && !monthDone)) {
				shown++;
				inMonth = shown > 4;
			}
			else {
				out[i] = '*';
			}
		}
		return new String(out);
	}

	/**
	 * Every date of free text shown as {@link #maskBirth} shows a birth date: for text
	 * that may hold a birth date anywhere (a shifted row of a file with a birth column),
	 * where which date is the birth date is not known.
	 */
	public static String maskBirthDates(String text) {
		return DATE.matcher(text).replaceAll(date -> Matcher.quoteReplacement(maskBirth(date.group())));
	}

}
