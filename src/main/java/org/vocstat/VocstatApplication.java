package org.vocstat;

import org.springframework.boot.autoconfigure.SpringBootApplication;

import org.vocstat.operator.VocstatCli;

/**
 * vocstat: loads exports of China's vocational-education information systems into a PostgreSQL indicator
 * warehouse. {@code main} hands the command line to {@link VocstatCli}, which starts this application only for the
 * commands that need the database, and exits with the code that tells a scheduler what happened.
 */
@SpringBootApplication
public class VocstatApplication {

	public static void main(String[] args) {
		System.exit(VocstatCli.execute(args));
	}

}
