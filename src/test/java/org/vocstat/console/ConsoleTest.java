package org.vocstat.console;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;

import org.vocstat.support.TestDatabaseInitializer;

/**
 * A test of the console: the whole application as {@code vocstat console} runs it, a web
 * server on a random port (and MockMvc) against the shared test PostgreSQL, with fault
 * injection there, disarmed, for a test that needs a run to fail for real.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=servlet", "server.address=127.0.0.1", "vocstat.fault.step=" })
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@interface ConsoleTest {

}
