package org.vocstat.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.vocstat.support.PostgresTest;
import org.vocstat.support.WarehouseRows;
import org.vocstat.support.Warehouses;

/** Figures are stored exactly, every one of them, however many statements they take. */
@PostgresTest
class FigureStoreTest {

	@Autowired
	FigureStore store;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	private long batch;

	private long previous;

	@BeforeEach
	void twoBatches() {
		Warehouses.truncateAll(jdbc);
		previous = WarehouseRows.batch(jdbc, "a");
		batch = WarehouseRows.batch(jdbc, "b");
	}

	@Test
	void figuresComeBackExactlyAsStoredAcrossSeveralStatements() {
		List<Figure> figures = List.of(
				figure("students.in_school", "city:330400", "12345", "12345", "12345", null, null),
				figure("teachers.ratio", "city:330400", "12.50", "12.4998765432109876543210", "987654321", "79012345",
						null),
				figure("teachers.ratio", "county:330402", "0.00", "1.234567E-7", "1", "8100000", null),
				figure("students.in_school.change", "school:3633000001", "-3.1", "-3.14159", "-314159", "100000",
						previous),
				figure("students.new", "school:3633000001", "0", "0", "0", null, null));

		inTransaction(() -> store.replaceBatch(batch, figures, 2));

		List<Figure> expected = new ArrayList<>(figures);
		expected.sort((a, b) -> (a.indicator() + " " + a.scope()).compareTo(b.indicator() + " " + b.scope()));
		// Record equality: BigDecimal equals compares scale as well as value.
		assertThat(store.ofBatch(batch)).isEqualTo(expected);
	}

	@Test
	void replacingTakesOutOnlyTheNamedIndicatorsOfTheBatch() {
		store.replace(batch, List.of("a", "b"), List.of(figure("a", "city:330400", "1", "1", "1", null, null),
				figure("b", "city:330400", "2", "2", "2", null, null)));

		store.replace(batch, List.of("a"), List.of(figure("a", "city:330400", "3", "3", "3", null, null)));

		assertThat(store.ofBatch(batch)).extracting(f -> f.indicator() + "=" + f.value()).containsExactly("a=3", "b=2");
	}

	@Test
	void replacingTheBatchTakesOutAllItsFiguresAndNoOtherBatchs() {
		inTransaction(() -> store.replaceBatch(previous, List.of(figureOf(previous, "a", "1"))));
		inTransaction(() -> store.replaceBatch(batch, List.of(figureOf(batch, "a", "1"), figureOf(batch, "b", "2"))));
		store.replace(batch, List.of("c"), List.of(figureOf(batch, "c", "3")));

		inTransaction(() -> store.replaceBatch(batch, List.of(figureOf(batch, "b", "4"))));

		assertThat(store.ofBatch(batch)).extracting(f -> f.indicator() + "=" + f.value()).containsExactly("b=4");
		assertThat(store.ofBatch(previous)).extracting(f -> f.indicator() + "=" + f.value()).containsExactly("a=1");
		assertThat(jdbc.sql("SELECT relname FROM pg_class WHERE relname LIKE 'figure_b%' AND relkind = 'r' ORDER BY 1")
			.query(String.class)
			.list()).containsExactly(FigureStore.partitionOf(previous), FigureStore.partitionOf(batch));
		assertThat(jdbc.sql("SELECT count(*) FROM pg_inherits WHERE inhparent = 'figure'::regclass")
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void aBatchsFiguresKeepTheKeyAndTheLinkToTheirBatchAndAFailedSwapKeepsThePreviousFigures() {
		inTransaction(() -> store.replaceBatch(batch, List.of(figureOf(batch, "z", "9"))));
		Figure figure = figureOf(batch, "a", "1");
		assertThatThrownBy(() -> inTransaction(() -> store.replaceBatch(batch, List.of(figure, figure))))
			.hasMessageContaining("could not create unique index \"figure_b" + batch + "_pkey\"");
		long unknown = batch + 100;
		Figure stray = new Figure(batch, "a", "city:330400", "AY2022", BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE,
				null, unknown, 1, "d".repeat(64));
		assertThatThrownBy(() -> inTransaction(() -> store.replaceBatch(batch, List.of(stray))))
			.hasMessageContaining("previous_batch_id");

		assertThat(store.ofBatch(batch)).extracting(f -> f.indicator() + "=" + f.value()).containsExactly("z=9");
	}

	@Test
	void aBatchIsReplacedOnlyInATransaction() {
		assertThatThrownBy(() -> store.replaceBatch(batch, List.of(figureOf(batch, "a", "1"))))
			.isInstanceOf(IllegalTransactionStateException.class);
	}

	private void inTransaction(Runnable work) {
		new TransactionTemplate(transactionManager).executeWithoutResult(status -> work.run());
	}

	private static Figure figureOf(long batchId, String indicator, String value) {
		return new Figure(batchId, indicator, "city:330400", "AY2022", new BigDecimal(value), new BigDecimal(value),
				new BigDecimal(value), null, null, 1, "d".repeat(64));
	}

	private Figure figure(String indicator, String scope, String value, String unrounded, String numerator,
			String denominator, Long previousBatch) {
		return new Figure(batch, indicator, scope, "AY2022", new BigDecimal(value), new BigDecimal(unrounded),
				new BigDecimal(numerator), denominator == null ? null : new BigDecimal(denominator), previousBatch, 7,
				"d".repeat(64));
	}

}
