package org.vocstat.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The CSV escaping of cells a spreadsheet would run as formulas, and the numbers it
 * leaves alone.
 */
class CsvCellTest {

	@Test
	void cellsThatStartAFormulaGetALeadingQuote() {
		assertThat(CsvCell.safe("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
		assertThat(CsvCell.safe("+1+1")).isEqualTo("'+1+1");
		assertThat(CsvCell.safe("@SUM(1;2)")).isEqualTo("'@SUM(1;2)");
		assertThat(CsvCell.safe("-2+3+cmd|' /C calc'!A0")).isEqualTo("'-2+3+cmd|' /C calc'!A0");
		assertThat(CsvCell.safe("\t=1")).isEqualTo("'\t=1");
		assertThat(CsvCell.safe("\r=1")).isEqualTo("'\r=1");
		assertThat(CsvCell.safe("-")).isEqualTo("'-");
	}

	@Test
	void numbersStayNumbersAndOtherTextIsUntouched() {
		assertThat(List.of("-5", "-0.25", "+7", "-.5", "-1e5", "12", "0.5", "", "嘉兴市", "a=b", "2022-09-01"))
			.allSatisfy(cell -> assertThat(CsvCell.safe(cell)).isEqualTo(cell));
	}

	@Test
	void theRecordPrinterEscapesEveryCellAndStillQuotesAsRfc4180() {
		record Row(String text, String number) {
		}
		StringWriter out = new StringWriter();

		new RecordPrinter(new PrintWriter(out)).print(List.of(new Row("=HYPERLINK(\"http://x\")", "-0.25"),
				new Row("@SUM(1;2)", "-5"), new Row("+1+1", "a,b")), Row.class, OutputFormat.csv);

		assertThat(out.toString()).isEqualTo("""
				text,number
				"'=HYPERLINK(""http://x"")",-0.25
				'@SUM(1;2),-5
				'+1+1,"a,b"
				""");
	}

}
