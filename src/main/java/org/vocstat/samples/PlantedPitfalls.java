package org.vocstat.samples;

/**
 * The spreadsheet pitfalls one converted workbook holds: cells typed as Excel users type
 * them (normalised by the loader, figures unchanged) and rows it quarantines.
 *
 * @param leadingZeroCodes fixed-width codes with a leading zero stored as numbers
 * (normalised)
 * @param legacyIdsAsNumbers 15-digit IDs stored as numbers (every digit kept: accepted)
 * @param unsoundRecords records the CSV reader finds broken, written with a cell beyond
 * the header (SHEET_COLUMNS)
 * @param hiddenRows SHEET_HIDDEN_ROW
 * @param idsLosingDigits 18-digit IDs stored as numbers (SHEET_ID_DIGITS_LOST)
 * @param mergedRows SHEET_MERGED_CELLS
 * @param emptyRows empty rows before the footer (blank lines)
 * @param footerRows a 合计 row and a note under the data (SHEET_FOOTER)
 */
public record PlantedPitfalls(long leadingZeroCodes, long legacyIdsAsNumbers, long unsoundRecords, int hiddenRows,
		int idsLosingDigits, int mergedRows, int emptyRows, int footerRows) {

	String render() {
		return "normalised: %d codes with a leading zero and %d 15-digit IDs stored as numbers; quarantined: %d broken records (SHEET_COLUMNS), %d hidden, %d IDs losing digits, %d merged, %d footer rows; %d empty rows"
			.formatted(leadingZeroCodes, legacyIdsAsNumbers, unsoundRecords, hiddenRows, idsLosingDigits, mergedRows,
					footerRows, emptyRows);
	}

}
