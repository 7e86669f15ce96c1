package org.vocstat.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.vocstat.operator.TextTable.Column;
import org.vocstat.operator.TextTable.Kind;

/**
 * The one table renderer: widths by East Asian Width, nothing identifying cut, numbers
 * grouped.
 */
class TextTableTest {

	private static final List<Column> COLUMNS = List.of(new Column("indicator", Kind.ID),
			new Column("value", Kind.NUMBER), new Column("batch", Kind.ID_NUMBER), new Column("nameZh", Kind.TEXT));

	@Test
	void chineseTakesTwoColumnsAndEmojiAndCombiningMarksTheirOwn() {
		assertThat(TextWidth.of("tss only (系统外技工学籍学生)")).isEqualTo(10 + 9 * 2 + 1);
		assertThat(TextWidth.of("ｱＡ")).isEqualTo(1 + 2);
		assertThat(TextWidth.of("e\u0301")).isEqualTo(1);
		assertThat(TextWidth.of("𠀀")).isEqualTo(2);
		assertThat(TextWidth.of("✓")).isEqualTo(1);
	}

	@Test
	void numbersAreRightAlignedWithThousandsSeparators() {
		List<String> lines = TextTable.render(COLUMNS,
				List.of(List.of("a", new BigDecimal("1234567.25"), 12345L, "名"), List.of("b", 7L, 3L, "名")), 80);

		assertThat(lines.get(2)).contains("1,234,567.25  12345");
		assertThat(lines.get(3)).contains("           7      3");
	}

	@Test
	void identifiersStayWholeAndChineseTextWrapsInsideItsColumnAtEightyColumns() {
		String code = "schools.provincial_demonstration_share";
		String name = "省级示范（优质）中等职业学校占全部中等职业学校的比例，按学校所在地统计，含技工院校";
		List<String> lines = TextTable.render(COLUMNS, List.of(List.of(code, new BigDecimal("25.93"), 12L, name)), 80);

		assertThat(lines).allSatisfy(line -> assertThat(TextWidth.of(line)).isLessThanOrEqualTo(80));
		assertThat(lines.get(2)).startsWith(code + "  ");
		assertThat(String.join("", lines.subList(2, lines.size())).replaceAll("[\\s]", "")).contains(name);
		assertThat(lines.get(3)).startsWith(" ".repeat(code.length()));
	}

	@Test
	void columnsThatDoNotFitMoveUnderTheirRowWhole() {
		List<Column> columns = List.of(new Column("file", Kind.ID), new Column("line", Kind.ID_NUMBER),
				new Column("lineSha256", Kind.ID), new Column("message", Kind.TEXT));
		String sha = "ab".repeat(32);
		List<String> lines = TextTable.render(columns,
				List.of(List.of("sms/students.csv", 17L, sha, "身份证件号 校验位错误，该行被隔离")), 80);

		assertThat(lines).allSatisfy(line -> assertThat(TextWidth.of(line)).isLessThanOrEqualTo(80));
		assertThat(lines).anyMatch(line -> line.endsWith(sha));
		assertThat(String.join("", lines)).contains("校验位错误");
	}

}
