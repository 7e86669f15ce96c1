package org.vocstat;

import org.springframework.boot.autoconfigure.SpringBootApplication;

import org.vocstat.operator.VocstatCli;

/**
 * vocstat: loads exports of China's vocational-education information systems into a
 * PostgreSQL indicator warehouse. {@code main} hands the command line to
 * {@link VocstatCli}, which starts this application only for the commands that need the
 * database, and exits with the code that tells a scheduler what happened.
 */
@SpringBootApplication
public class VocstatApplication {

	public static void main(String[] args) {
		int code = VocstatCli.execute(VocstatApplication.class, args);
		// After SIGTERM the command returns once its graceful stop is done, while the JVM
		// runs its shutdown hooks
		// to exit with 143 (128 + 15); an exit here then could race that and end with the
		// command's code instead.
		if (!shuttingDown()) {
			System.exit(code);
		}
	}

	/**
	 * Whether a signal has begun the JVM's shutdown: from then on no shutdown hook can be
	 * added.
	 */
	private static boolean shuttingDown() {
		Thread probe = new Thread(() -> {
		});
		try {
			Runtime.getRuntime().addShutdownHook(probe);
			Runtime.getRuntime().removeShutdownHook(probe);
			return false;
		}
		catch (IllegalStateException ex) {
			return true;
		}
	}

}
