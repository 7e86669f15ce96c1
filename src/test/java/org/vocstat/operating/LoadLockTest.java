package org.vocstat.operating;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import org.vocstat.pipeline.BatchLoader;
import org.vocstat.pipeline.ExitCode;
import org.vocstat.pipeline.LoadLock;
import org.vocstat.pipeline.LoadOutcome;
import org.vocstat.support.BatchFixture;
import org.vocstat.support.PostgresTest;

/**
 * Two loads never run at once: while one holds the database lock, another returns
 * promptly naming the holder.
 */
@PostgresTest
class LoadLockTest {

	@Autowired
	LoadLock lock;

	@Autowired
	BatchLoader loader;

	@TempDir
	Path folder;

	@Test
	void asecondLoadExitsPromptlySayingWhoHoldsTheLock() throws Exception {
		CountDownLatch held = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> lock.run("nightly", () -> {
			held.countDown();
			await(release);
			return null;
		}));
		assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
		try {
			LoadOutcome outcome = loader.load(new BatchFixture().writeTo(folder), null, null, null);

			assertThat(outcome.exitCode()).isEqualTo(ExitCode.BUSY);
			assertThat(outcome.exitCode().code()).isEqualTo(4);
			assertThat(outcome.verdict()).contains("another load is running").contains("vocstat nightly pid");
		}
		finally {
			release.countDown();
			holder.get(30, TimeUnit.SECONDS);
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(60, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
