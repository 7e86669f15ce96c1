package org.vocstat.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import org.vocstat.support.PostgresTest;

/**
 * The encoder's bytes, read back through a real COPY: every value arrives as it was,
 * whatever its characters.
 */
@PostgresTest
class CopyEncoderTest {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void controlCharactersArriveAsTheirControlPicturesSoANulNeverReachesTheServer() {
		CopyEncoder encoder = new CopyEncoder();
		encoder.addRow("a\u0000b\u001b[2J\u0001\t\u007f", List.of("\u0000"));

		Map<String, Object> read = transactions.execute(status -> {
			jdbc.sql("CREATE TEMP TABLE copied (t TEXT, a TEXT[]) ON COMMIT DROP").update();
			new CopyWriter(dataSource).copy("copied", List.of("t", "a"), encoder.drain());
			return jdbc.sql("SELECT t, a[1] AS a FROM copied").query().singleRow();
		});

		assertThat(read).containsEntry("t", "a\u2400b\u241b[2J\u2401\t\u007f").containsEntry("a", "\u2400");
	}

	@Test
	void valuesSurviveCopyWithTheirTabsNewlinesBackslashesAndChineseText() {
		String tricky = "嘉兴\t市\\南湖区\n第一行\r末尾 \\N";
		CopyEncoder encoder = new CopyEncoder();
		encoder.addRow(1L, tricky, null, new byte[] { 0, (byte) 0xAB, 0x7F, (byte) 0xFF }, true,
				new BigDecimal("12.50"), LocalDate.of(2022, 9, 1), List.of("一\"二", "三\\四,五"));
		encoder.addRow(2L, "", "张三", new byte[0], false, new BigDecimal("-0.001"), null, List.of());
		byte[] rows = encoder.drain();
		assertThat(encoder.drain()).isEmpty();

		List<Map<String, Object>> read = transactions.execute(status -> {
			jdbc.sql("""
					CREATE TEMP TABLE copied (n BIGINT, t TEXT, missing TEXT, b BYTEA, f BOOLEAN, d NUMERIC, day DATE,
					                          a TEXT[]) ON COMMIT DROP""").update();
			new CopyWriter(dataSource).copy("copied", List.of("n", "t", "missing", "b", "f", "d", "day", "a"), rows);
			return jdbc
				.sql("SELECT n, t, missing, encode(b, 'hex') AS b, f, d, day, array_to_json(a)::text AS a "
						+ "FROM copied ORDER BY n")
				.query()
				.listOfRows();
		});

		assertThat(read).hasSize(2);
		assertThat(read.get(0)).containsEntry("t", tricky)
			.containsEntry("missing", null)
			.containsEntry("b", "00ab7fff")
			.containsEntry("f", true)
			.containsEntry("d", new BigDecimal("12.50"))
			.containsEntry("a", "[\"一\\\"二\",\"三\\\\四,五\"]");
		assertThat(read.get(0).get("day").toString()).isEqualTo("2022-09-01");
		assertThat(read.get(1)).containsEntry("t", "")
			.containsEntry("missing", "张三")
			.containsEntry("b", "")
			.containsEntry("f", false)
			.containsEntry("d", new BigDecimal("-0.001"))
			.containsEntry("day", null)
			.containsEntry("a", "[]");
	}

}
