package org.vocstat.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** A few wrong passwords in a row slow the next attempts at that name, known or not. */
class LoginThrottleTest {

	@Test
	void slowsAfterAFewFailuresInARowAndForgetsOnSuccess() {
		LoginThrottle throttle = new LoginThrottle();
		for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
			assertThat(throttle.delay("Admin")).isZero();
			throttle.failed("admin");
		}
		assertThat(throttle.delay("admin")).isEqualTo(Duration.ofSeconds(1));
		throttle.failed("admin");
		assertThat(throttle.delay("ADMIN")).isEqualTo(Duration.ofSeconds(2));
		for (int i = 0; i < 20; i++) {
			throttle.failed("admin");
		}
		assertThat(throttle.delay("admin")).isEqualTo(Duration.ofSeconds(8));
		assertThat(throttle.delay("someone-else")).isZero();
		throttle.succeeded("admin");
		assertThat(throttle.delay("admin")).isZero();
	}

}
