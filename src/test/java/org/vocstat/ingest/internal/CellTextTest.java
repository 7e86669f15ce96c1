package org.vocstat.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Cell texts as Excel shows them. */
class CellTextTest {

	@Test
	void ooxmlEscapesInInlineTextAndFormulaResultsAreDecoded() {
		assertThat(CellText.unescape("第一行_x000D_第二行")).isEqualTo("第一行\r第二行");
		assertThat(CellText.unescape("a_x005F_x000D_b")).isEqualTo("a_x000D_b");
		assertThat(CellText.unescape("in_xyz_ and _x12_ stay")).isEqualTo("in_xyz_ and _x12_ stay");
		assertThat(CellText.unescape("普通中专")).isEqualTo("普通中专");
	}

	@Test
	void numbersKeepExcelsFifteenDigitsWithoutFloatNoise() {
		assertThat(CellText.number("1234.4999999999998")).isEqualTo("1234.5");
		assertThat(CellText.number("42.0")).isEqualTo("42");
	}

}
