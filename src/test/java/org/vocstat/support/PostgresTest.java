package org.vocstat.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A Spring Boot test of the whole application against the shared test PostgreSQL
 * ({@link TestDatabase}), with Flyway's migrations applied and the vocstat home in
 * {@code target/test-home}. Fault injection is there, disarmed: it exists only when
 * configured, and the tests arm it at run time.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "vocstat.fault.step=")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
public @interface PostgresTest {

}
