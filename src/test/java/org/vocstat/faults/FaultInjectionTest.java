package org.vocstat.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

/**
 * Several steps can be armed at once; each fires once at its own chunk, and one release
 * lets every pause go on.
 */
class FaultInjectionTest {

	@Test
	void eachArmedStepFailsOnceAtItsChunk() {
		FaultInjection faults = new FaultInjection("ingest.sms.students, ingest.tss.students", 2, "fail");

		assertThatCode(() -> faults.beforeChunk("ingest.sms.students", 1)).doesNotThrowAnyException();
		assertThatCode(() -> faults.beforeChunk("ingest.sms.graduates", 2)).doesNotThrowAnyException();
		assertThatThrownBy(() -> faults.beforeChunk("ingest.sms.students", 2))
			.hasMessage("ingest.sms.students: injected fault after 2 committed chunks");
		assertThatThrownBy(() -> faults.beforeChunk("ingest.tss.students", 3))
			.hasMessage("ingest.tss.students: injected fault after 3 committed chunks");
		// Once each: the restart runs normally.
		assertThatCode(() -> faults.beforeChunk("ingest.sms.students", 2)).doesNotThrowAnyException();
		assertThatCode(() -> faults.beforeChunk("ingest.tss.students", 3)).doesNotThrowAnyException();
	}

	@Test
	void oneReleaseLetsEveryPausedStepGoOn() throws Exception {
		FaultInjection faults = new FaultInjection("a,b", 0, "pause");
		ExecutorService lanes = Executors.newFixedThreadPool(2);
		try {
			CompletableFuture<Void> a = CompletableFuture.runAsync(() -> faults.beforeChunk("a", 0, () -> false),
					lanes);
			CompletableFuture<Void> b = CompletableFuture.runAsync(() -> faults.beforeChunk("b", 0, () -> false),
					lanes);
			await().atMost(Duration.ofSeconds(30)).until(() -> faults.pausedSteps() == 2);
			assertThat(a).isNotDone();

			faults.release();

			CompletableFuture.allOf(a, b).get(30, TimeUnit.SECONDS);
			assertThat(faults.paused()).isFalse();
		}
		finally {
			lanes.shutdownNow();
		}
	}

	@Test
	void aStopRequestEndsAPause() throws Exception {
		FaultInjection faults = new FaultInjection("a", 0, "pause");
		AtomicBoolean stop = new AtomicBoolean();
		CompletableFuture<Void> a = CompletableFuture.runAsync(() -> faults.beforeChunk("a", 0, stop::get));
		await().atMost(Duration.ofSeconds(30)).until(faults::paused);

		stop.set(true);

		a.get(30, TimeUnit.SECONDS);
		assertThat(faults.paused()).isFalse();
	}

}
