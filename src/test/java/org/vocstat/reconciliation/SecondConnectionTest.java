package org.vocstat.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.vocstat.support.PostgresTest;

/**
 * What stopping the work beside the step does ({@link SecondConnection#settle}), on pieces held in Java, where no
 * statement runs for a cancel to stop.
 */
@PostgresTest
class SecondConnectionTest {

	private static final String PROBE = "second_connection_probe";

	@Autowired
	SecondConnections secondConnections;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void dropProbe() {
		jdbc.sql("DROP TABLE IF EXISTS " + PROBE).update();
	}

	@Test
	void oncePiecesAreStoppedTheRunningOneCommitsNothingAndTheNextDoesNotBegin() throws Exception {
		CountDownLatch firstBegan = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		AtomicBoolean secondRan = new AtomicBoolean();
		try (SecondConnection second = secondConnections.start(() -> {
			jdbc.sql("CREATE TABLE " + PROBE + " (one int)").update();
			firstBegan.countDown();
			awaitQuietly(release);
		}, () -> secondRan.set(true))) {
			assertThat(firstBegan.await(30, TimeUnit.SECONDS)).isTrue();
			// The first piece is between statements: the cancels find nothing to cancel, and it ends on its own.
			CompletableFuture<Void> settled = CompletableFuture.runAsync(second::settle);
			Thread.sleep(300);
			release.countDown();
			settled.get(30, TimeUnit.SECONDS);

			assertThat(secondRan).as("the second piece began").isFalse();
			assertThat(jdbc.sql("SELECT to_regclass(:probe) IS NULL").param("probe", PROBE).query(Boolean.class).single())
				.as("the first piece's table was rolled back")
				.isTrue();
			assertThatThrownBy(second::second).hasMessageContaining("stopped");
		}
	}

	@Test
	void aStatementBegunAfterTheFirstCancelIsCancelledTooAndItsConnectionLeavesThePool() throws Exception {
		CountDownLatch firstBegan = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		AtomicInteger backend = new AtomicInteger();
		try (SecondConnection second = secondConnections.start(() -> {
			backend.set(jdbc.sql("SELECT pg_backend_pid()").query(Integer.class).single());
			firstBegan.countDown();
			awaitQuietly(release);
			jdbc.sql("SELECT pg_sleep(60)").query(Object.class).list();
		}, () -> {
		})) {
			assertThat(firstBegan.await(30, TimeUnit.SECONDS)).isTrue();
			// The first cancel comes while no statement runs and is lost; the statement begun after it must be
			// cancelled by a later one, not left to sleep its minute.
			CompletableFuture<Void> settled = CompletableFuture.runAsync(second::settle);
			Thread.sleep(300);
			release.countDown();

			settled.get(15, TimeUnit.SECONDS);
			assertThatThrownBy(second::first).hasMessageContaining("canceling statement due to user request");
			// A cancel sent to a connection may reach its server late: the connection must not serve anyone else.
			assertThat(backendGone(backend.get())).as("the cancelled connection was closed").isTrue();
		}
	}

	private boolean backendGone(int pid) throws InterruptedException {
		long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
		while (System.nanoTime() < until) {
			if (jdbc.sql("SELECT count(*) = 0 FROM pg_stat_activity WHERE pid = :pid").param("pid", pid).query(Boolean.class).single()) {
				return true;
			}
			Thread.sleep(100);
		}
		return false;
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await(60, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
