package org.vocstat.indicator;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.opencsv.CSVReaderHeaderAware;
import com.opencsv.exceptions.CsvValidationException;

/**
 * One figure as a report published it
 * ({@code section,indicator,scope,period,value,unit,name_zh}); the value keeps the
 * published text, whose decimals are the precision it is compared at.
 */
public record PublishedFigure(String section, String indicator, String scope, String period, String value, String unit,
		String nameZh) {

	public BigDecimal number() {
		return new BigDecimal(value.strip());
	}

	/** Decimal places as published ({@code 4.10} → 2). */
	public int precision() {
		return Math.max(0, number().scale());
	}

	/** Reads a published-figures file. */
	public static List<PublishedFigure> read(Reader source) {
		List<PublishedFigure> figures = new ArrayList<>();
		try (CSVReaderHeaderAware csv = new CSVReaderHeaderAware(source)) {
			for (Map<String, String> row = csv.readMap(); row != null; row = csv.readMap()) {
				figures.add(new PublishedFigure(row.get("section"), row.get("indicator"), row.get("scope"),
						row.get("period"), row.get("value"), row.get("unit"), row.get("name_zh")));
			}
		}
		catch (IOException | CsvValidationException ex) {
			throw new UncheckedIOException("cannot read the published figures",
					ex instanceof IOException io ? io : new IOException(ex));
		}
		return figures;
	}

}
