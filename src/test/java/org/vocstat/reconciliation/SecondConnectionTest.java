package org.vocstat.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

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

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	DataSource dataSource;

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
			try {
				assertThat(firstBegan.await(30, TimeUnit.SECONDS)).isTrue();
				// The first piece is between statements: the cancels find nothing to cancel, and it ends on its own.
				Thread settling = settleWhileHeld(second);
				release.countDown();
				settling.join(30_000);

				assertThat(settling.isAlive()).as("still settling").isFalse();
				assertThat(secondRan).as("the second piece began").isFalse();
				assertThat(probeGone())
					.as("the first piece's table was rolled back")
					.isTrue();
				assertThatThrownBy(second::first).hasMessageContaining("stopped and rolled back");
			}
			finally {
				stop(second, release);
			}
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
			try {
				assertThat(firstBegan.await(30, TimeUnit.SECONDS)).isTrue();
				// The first cancel came while no statement ran and was lost; the statement begun after it must be
				// cancelled by a later one, not left to sleep its minute.
				Thread settling = settleWhileHeld(second);
				release.countDown();
				settling.join(15_000);

				assertThat(settling.isAlive()).as("still settling").isFalse();
				assertThatThrownBy(second::first).hasMessageContaining("canceling statement due to user request");
				// A cancel sent to a connection may reach its server late: the connection must not serve anyone
				// else. The test pool closes idle connections after 10 s; this waits for less.
				await("the cancelled connection was closed").atMost(Duration.ofSeconds(5))
					.until(() -> sessionGone(backend.get()));
			}
			finally {
				stop(second, release);
			}
		}
	}

	@Test
	void workThatDoesNotStopWithinTheLimitHasItsConnectionClosedAndCommitsNothing() throws Exception {
		// A piece held in Java runs no statement: the cancels cannot stop it, as when they never reach the server.
		SecondConnections quick = new SecondConnections(transactions, dataSource, Duration.ofSeconds(1));
		CountDownLatch firstBegan = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		AtomicInteger backend = new AtomicInteger();
		try (SecondConnection second = quick.start(() -> {
			backend.set(jdbc.sql("SELECT pg_backend_pid()").query(Integer.class).single());
			jdbc.sql("CREATE TABLE " + PROBE + " (one int)").update();
			firstBegan.countDown();
			awaitQuietly(release);
		}, () -> {
		})) {
			try {
				assertThat(firstBegan.await(30, TimeUnit.SECONDS)).isTrue();
				long started = System.nanoTime();
				AtomicReference<SecondConnection.Settled> settled = new AtomicReference<>();
				Thread settling = new Thread(() -> settled.set(second.settle()), "settling");
				settling.start();
				settling.join(10_000);

				assertThat(settling.isAlive()).as("still settling").isFalse();
				assertThat(settled).as("settled").hasValue(SecondConnection.Settled.RUNNING);
				assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
				// Closed from this side while the piece, held in Java, still has it: the server ends the session.
				await("the piece's session ended").atMost(Duration.ofSeconds(5)).until(() -> sessionGone(backend.get()));

				release.countDown();
				assertThatThrownBy(() -> CompletableFuture.supplyAsync(second::first).get(10, TimeUnit.SECONDS))
					.rootCause()
					.hasMessageContaining("connection has been closed");
				assertThat(probeGone())
					.as("the piece's table was rolled back")
					.isTrue();
			}
			finally {
				stop(second, release);
			}
		}
	}

	@Test
	void theLimitIsBetweenASecondAndADay() {
		assertThatThrownBy(() -> new SecondConnections(transactions, dataSource, Duration.ofMillis(999)))
			.hasMessage("vocstat.reconcile.stop-within must be between 1s and 1d, not 999ms");
		assertThatThrownBy(() -> new SecondConnections(transactions, dataSource, Duration.ofDays(1).plusSeconds(1)))
			.hasMessage("vocstat.reconcile.stop-within must be between 1s and 1d, not 86401s");
		new SecondConnections(transactions, dataSource, Duration.ofSeconds(1));
		new SecondConnections(transactions, dataSource, Duration.ofDays(1));
	}

	/** Whether the pieces' probe table is absent: never created, or rolled back. */
	private boolean probeGone() {
		return jdbc.sql("SELECT to_regclass(:probe) IS NULL").param("probe", PROBE).query(Boolean.class).single();
	}

	/** Whether the server has no session of that process any longer. */
	private boolean sessionGone(int pid) {
		return jdbc.sql("SELECT count(*) = 0 FROM pg_stat_activity WHERE pid = :pid")
			.param("pid", pid)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Starts settling on a thread of its own and returns once it waits for the pieces: by then the work is abandoned
	 * and a first cancel has been sent.
	 */
	private static Thread settleWhileHeld(SecondConnection second) {
		Thread settling = new Thread(second::settle, "settling");
		settling.start();
		await("settling waits for the pieces").atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(10))
			.until(() -> settling.getState() == Thread.State.TIMED_WAITING);
		return settling;
	}

	/** Whatever the test did, the pieces end before the next test: released, then stopped, boundedly. */
	private static void stop(SecondConnection second, CountDownLatch release) throws InterruptedException {
		release.countDown();
		Thread settling = new Thread(second::settle, "stopping");
		settling.start();
		settling.join(30_000);
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
