package org.vocstat.indicator;

import java.util.regex.Pattern;

/**
 * A quantity over one fact view: {@code count} counts distinct values of
 * {@code expression} (persons, schools, sites), {@code sum} adds it up, over the fact
 * rows that pass {@code filter}. The same three pieces give a figure's value and the rows
 * its trace lists.
 */
public record Measure(String code, String fact, String aggregate, String expression, String filter,
		String description) {

	/** The fact of figures filed for the batch's region as a whole (qrp region.csv). */
	static final String REGION_FACT = "fact_region";

	public Measure {
		if (!aggregate.equals("count") && !aggregate.equals("sum")) {
			throw new IllegalArgumentException(
					"measure " + code + ": aggregate must be count or sum, not " + aggregate);
		}
		if (!fact.matches("fact_[a-z_]+")) {
			throw new IllegalArgumentException("measure " + code + ": " + fact + " is not a fact view");
		}
	}

	/** The SQL aggregate giving the measure's value over the selected fact rows. */
	String valueSql() {
		return valueSql("");
	}

	/**
	 * The aggregate with a {@code FILTER} clause (or none). A count compares the text of
	 * its values byte by byte ({@code COLLATE "C"}): for text, distinctness is the same
	 * as under any deterministic collation, and the sort behind it does not go through
	 * the locale, which costs twice the time at a million rows. A count of numbers
	 * therefore counts their text forms (1.0 and 1.00 are two); every count in the
	 * catalogue counts codes or keys.
	 */
	String valueSql(String filterClause) {
		return valueSql(filterClause, false);
	}

	/**
	 * The aggregate as {@link #valueSql(String)} gives it, or, when
	 * {@code valuesOccurOnce} (every non-null value of a count's expression is in one row
	 * of the rows it runs over), as a plain count of values: over any of those rows it
	 * equals the count of distinct values, and needs no sort.
	 */
	String valueSql(String filterClause, boolean valuesOccurOnce) {
		if (isCount()) {
			return (valuesOccurOnce ? "count(" : "count(DISTINCT ") + countedSql() + ")" + filterClause;
		}
		return "COALESCE(sum(" + expression + ")" + filterClause + ", 0)";
	}

	/**
	 * Whether the measure's fact is filed for a region as a whole ({@code fact_region},
	 * rows of no school or 隶属区划): it has a value for a batch's region and none for the
	 * units beneath it.
	 */
	boolean filedForRegion() {
		return fact.equals(REGION_FACT);
	}

	boolean isCount() {
		return aggregate.equals("count");
	}

	/**
	 * What a count counts: the text of its expression's values, compared byte by byte.
	 */
	String countedSql() {
		return "(" + expression + ")::text COLLATE \"C\"";
	}

	/** The SQL condition selecting the measure's fact rows. */
	String filterSql() {
		return filter == null || filter.isBlank() ? "true" : "(" + filter + ")";
	}

	/**
	 * Whether the expression or the filter names {@code column} (as a whole word, in any
	 * case: PostgreSQL reads an unquoted STATUS as status).
	 */
	boolean mentions(String column) {
		String word = "(?<![A-Za-z0-9_])" + Pattern.quote(column) + "(?![A-Za-z0-9_])";
		return Pattern.compile(word, Pattern.CASE_INSENSITIVE)
			.matcher(expression + " " + (filter == null ? "" : filter))
			.find();
	}

	/** The definition in words, for a trace. */
	String inWords() {
		return (isCount() ? "count of distinct " + expression : "sum of " + expression) + " over " + fact
				+ (filter == null || filter.isBlank() ? "" : " where " + filter) + ": " + description;
	}

}
