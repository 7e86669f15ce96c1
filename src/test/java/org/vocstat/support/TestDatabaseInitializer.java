package org.vocstat.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a test application context at the shared test PostgreSQL and a test home
 * directory.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestDatabase.Connection db = TestDatabase.get();
		TestPropertyValues
			.of("spring.datasource.url=" + db.url(), "spring.datasource.username=" + db.username(),
					"spring.datasource.password=" + db.password(), "vocstat.home=" + TestPaths.home())
			.and(TestPaths.IDLE_POOL)
			.applyTo(context.getEnvironment());
	}

}
