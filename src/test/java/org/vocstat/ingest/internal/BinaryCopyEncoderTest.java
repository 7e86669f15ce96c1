package org.vocstat.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import org.vocstat.support.PostgresTest;

/**
 * The binary encoder's bytes, read back through a real binary COPY ({@link StagingCopy})
 * into columns of every type the staging tables use: each value arrives as expected, and
 * exactly as the text format ({@link CopyEncoder}) delivers the same row.
 */
@PostgresTest
class BinaryCopyEncoderTest {

	private static final List<String> COLUMNS = List.of("n", "i", "s", "d", "day", "f", "b", "t", "code", "a");

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void valuesOfEveryStagingTypeSurviveBinaryCopy() {
		BinaryCopyEncoder encoder = new BinaryCopyEncoder(COLUMNS, types());
		encoder.addRow(1L, 2_147_483_647L, (short) -32768, new BigDecimal("12345678.95"), LocalDate.of(1999, 12, 31),
				true, new byte[] { 0, (byte) 0xAB, 0x7F, (byte) 0xFF }, "嘉兴\t市\\南湖区\n第一行 \\N", "3633001000",
				List.of("一\"二", "三\\四,五"));
		encoder.addRow(2L, 0, 5L, new BigDecimal("-0.001"), LocalDate.of(2000, 1, 1), false, new byte[0], "", "AB",
				List.of());
		encoder.addRow(3L, null, null, 7L, LocalDate.of(2100, 12, 31), null, null, null, null,
				Arrays.asList("x", null));
		encoder.addRow(4L, -1, 32767, new BigDecimal("0"), LocalDate.of(1900, 1, 1), true, new byte[] { 1 },
				new BigDecimal("1E+3"), "ZZ", List.of("only"));
		byte[] rows = encoder.drain();
		assertThat(encoder.drain()).isEmpty();

		List<Map<String, Object>> read = transactions.execute(status -> {
			jdbc.sql("""
					CREATE TEMP TABLE copied (n BIGINT, i INTEGER, s SMALLINT, d NUMERIC(14,2), day DATE, f BOOLEAN,
					                          b BYTEA, t TEXT, code CHAR(10), a TEXT[]) ON COMMIT DROP""").update();
			try (StagingCopy copy = new StagingCopy(dataSource, "copied", COLUMNS)) {
				copy.write(rows);
				copy.finish();
			}
			return jdbc
				.sql("""
						SELECT n, i, s::int AS s, d, day::text AS day, f, encode(b, 'hex') AS b, t, code, octet_length(code) AS width,
						       array_to_json(a)::text AS a, array_ndims(a) AS dims
						FROM copied ORDER BY n""")
				.query()
				.listOfRows();
		});

		assertThat(read).hasSize(4);
		assertThat(read.get(0)).containsEntry("i", 2_147_483_647)
			.containsEntry("s", -32768)
			.containsEntry("d", new BigDecimal("12345678.95"))
			.containsEntry("day", "1999-12-31")
			.containsEntry("f", true)
			.containsEntry("b", "00ab7fff")
			.containsEntry("t", "嘉兴\t市\\南湖区\n第一行 \\N")
			.containsEntry("code", "3633001000")
			.containsEntry("a", "[\"一\\\"二\",\"三\\\\四,五\"]");
		assertThat(read.get(1)).containsEntry("i", 0)
			.containsEntry("s", 5)
			// NUMERIC(14,2) rounds what it receives, as text input does.
			.containsEntry("d", new BigDecimal("0.00"))
			.containsEntry("day", "2000-01-01")
			.containsEntry("f", false)
			.containsEntry("b", "")
			.containsEntry("t", "")
			// char(n) pads what it receives to its length, as text input does.
			.containsEntry("code", "AB        ")
			.containsEntry("width", 10)
			.containsEntry("a", "[]")
			.containsEntry("dims", null);
		assertThat(read.get(2)).containsEntry("i", null)
			.containsEntry("s", null)
			.containsEntry("d", new BigDecimal("7.00"))
			.containsEntry("day", "2100-12-31")
			.containsEntry("f", null)
			.containsEntry("b", null)
			.containsEntry("t", null)
			.containsEntry("code", null)
			.containsEntry("a", "[\"x\",null]");
		assertThat(read.get(3)).containsEntry("i", -1)
			.containsEntry("s", 32767)
			.containsEntry("d", new BigDecimal("0.00"))
			.containsEntry("day", "1900-01-01")
			.containsEntry("t", "1000")
			.containsEntry("a", "[\"only\"]")
			.containsEntry("dims", 1);
	}

	@Test
	void theSameRowsArriveIdenticallyThroughTheTextAndTheBinaryFormat() {
		Object[][] rows = { { 1L, 7L, 1L, new BigDecimal("0.005"), LocalDate.of(2007, 9, 25), true,
				new byte[] { 0, 9, (byte) 0xFE }, "嘉兴\t市\\南湖区\n第一行\r末尾 \\N", "3633001000", List.of("一\"二", "三\\四,五") },
				{ 2L, -7L, 2L, new BigDecimal("-12.345"), LocalDate.of(1900, 1, 1), false, new byte[0], "", "A1",
						List.of() },
				{ 3L, null, null, null, null, null, null, null, null, null },
				// What the text format wrote for numbers and flags in a text column.
				{ 4L, 0L, 6L, new BigDecimal("1E+3"), LocalDate.of(2100, 12, 31), true, new byte[] { 1 },
						new BigDecimal("2.50"), Boolean.FALSE, List.of("only") } };
		CopyEncoder text = new CopyEncoder();
		BinaryCopyEncoder binary = new BinaryCopyEncoder(COLUMNS, types());
		for (Object[] row : rows) {
			text.addRow(row);
			binary.addRow(row);
		}
		byte[] textRows = text.drain();
		byte[] binaryRows = binary.drain();

		List<Map<String, Object>> differences = transactions.execute(status -> {
			for (String table : List.of("as_text", "as_binary")) {
				jdbc.sql("CREATE TEMP TABLE " + table + """
						(n BIGINT, i INTEGER, s SMALLINT, d NUMERIC(14,2), day DATE, f BOOLEAN, b BYTEA, t TEXT,
						 code CHAR(10), a TEXT[]) ON COMMIT DROP""").update();
			}
			new CopyWriter(dataSource).copy("as_text", COLUMNS, textRows);
			try (StagingCopy copy = new StagingCopy(dataSource, "as_binary", COLUMNS)) {
				copy.write(binaryRows);
				copy.finish();
			}
			assertThat(jdbc.sql("SELECT count(*) FROM as_binary").query(Long.class).single()).isEqualTo(4);
			return jdbc.sql("""
					(SELECT 'text only' AS side, * FROM (SELECT * FROM as_text EXCEPT ALL SELECT * FROM as_binary) x)
					UNION ALL
					(SELECT 'binary only', * FROM (SELECT * FROM as_binary EXCEPT ALL SELECT * FROM as_text) y)""")
				.query()
				.listOfRows();
		});

		assertThat(differences).isEmpty();
	}

	@Test
	void aValueThatDoesNotFitItsColumnStopsTheRowWithTheColumnNamed() {
		BinaryCopyEncoder encoder = new BinaryCopyEncoder(COLUMNS, types());
		encoder.addRow(9L, null, null, null, null, null, null, null, null, null);
		int whole = encoder.drain().length;

		assertThatThrownBy(() -> encoder.addRow(1L, 1, 40_000, null, null, null, null, null, null, null))
			.hasMessage("s (smallint): 40000 does not fit");
		assertThatThrownBy(() -> encoder.addRow(1L, "12", 1, null, null, null, null, null, null, null))
			.hasMessage("i (integer): cannot send a String");
		assertThatThrownBy(() -> encoder.addRow(1L, 1, 1, null, "2022-09-01", null, null, null, null, null))
			.hasMessage("day (date): cannot send a String");
		// A decimal was refused by an integer column in the text format too, even a whole
		// one.
		assertThatThrownBy(
				() -> encoder.addRow(1L, new BigDecimal("5.00"), 1, null, null, null, null, null, null, null))
			.hasMessage("i (integer): cannot send a BigDecimal");
		assertThatThrownBy(() -> encoder.addRow(1L, 1, 1, null, null, null, null, new byte[] { 1 }, null, null))
			.hasMessage("t (text): cannot send a byte[]");
		assertThatThrownBy(() -> encoder.addRow(1L, 1, 1, null, null, null, null, List.of("x"), null, null))
			.hasMessageStartingWith("t (text): cannot send a ");
		assertThatThrownBy(() -> encoder.addRow(1L, 1)).hasMessageContaining("2 values for 10 columns");
		// A refused row leaves nothing of itself behind: the buffer holds whole rows
		// only.
		encoder.addRow(9L, null, null, null, null, null, null, null, null, null);
		assertThat(encoder.drain()).hasSize(whole);
	}

	@Test
	void aColumnTypeWithoutABinaryFormHereIsRefusedByName() {
		assertThat(CopyColumnType.of("stg.x", "bpchar")).isEqualTo(CopyColumnType.TEXT);
		assertThat(CopyColumnType.of("stg.x", "_text")).isEqualTo(CopyColumnType.TEXT_ARRAY);
		assertThatThrownBy(() -> CopyColumnType.of("stg_x.amount", "float8"))
			.hasMessage("staging column stg_x.amount has type float8, which binary COPY does not handle here");
	}

	private static List<CopyColumnType> types() {
		return List.of(CopyColumnType.INT8, CopyColumnType.INT4, CopyColumnType.INT2, CopyColumnType.NUMERIC,
				CopyColumnType.DATE, CopyColumnType.BOOL, CopyColumnType.BYTEA, CopyColumnType.TEXT,
				CopyColumnType.TEXT, CopyColumnType.TEXT_ARRAY);
	}

}
