package org.vocstat.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * {@code --format json} is an indented array of objects, keys in the record's order and
 * an empty cell as null, a number as a JSON number (Jackson 3).
 */
class RecordPrinterTest {

	record Line(String school, String name, long total) {
	}

	@Test
	void jsonKeepsTheColumnsInOrderAndAnEmptyCellIsNull() {
		StringWriter text = new StringWriter();

		new RecordPrinter(new PrintWriter(text)).print(List.of(new Line("3633001471", "", 12)), Line.class,
				OutputFormat.json);

		assertThat(text.toString().strip()).isEqualToNormalizingNewlines("""
				[ {
				  "school" : "3633001471",
				  "name" : null,
				  "total" : 12
				} ]""");
	}

}
