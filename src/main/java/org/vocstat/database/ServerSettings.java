package org.vocstat.database;

import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * How vocstat runs its embedded PostgreSQL 17: durable (this is the warehouse itself, and
 * a committed chunk must survive a power cut), reachable over 127.0.0.1 only with a
 * password, with roles provisioned before it listens.
 */
final class ServerSettings {

	private ServerSettings() {
	}

	static EmbeddedPostgres.Builder builder(Path home, String password) {
		return EmbeddedPostgres.builder()
			.setPgBinaryResolver(PostgresBinaries.resolver(home))
			.setOverrideWorkingDirectory(PostgresBinaries.workingDirectory(home).toFile())
			.setDataDirectory(home.resolve("pgdata"))
			.setCleanDataDirectory(false)
			.setDataDirectoryCustomizer(new Provisioning(home))
			// The library's readiness probe connects like vocstat does: the superuser
			// cannot connect at all.
			.setConnectConfig("user", "vocstat")
			.setConnectConfig("password", password)
			// vocstat stops the server itself, when the home's last user leaves (after a
			// SIGTERM has let the running
			// step reach its chunk boundary); the library's own shutdown hook would stop
			// it under other users' feet.
			.setRegisterShutdownHook(false)
			// A new cluster gets the C locale: text sorts byte by byte (for UTF-8, code
			// point order, as C.UTF-8
			// gives) without going through the C library. Existing data directories keep
			// theirs.
			.setLocaleConfig("locale", "C")
			.setServerConfig("listen_addresses", "127.0.0.1")
			// No Unix socket at all: vocstat connects over TCP, so there is no socket
			// file to protect.
			.setServerConfig("unix_socket_directories", "")
			.setServerConfig("password_encryption", "scram-sha-256")
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			.setServerConfig("max_wal_size", "2GB")
			// Nothing replicates or archives the embedded server's WAL; at the minimal
			// level, tables created and
			// filled in one transaction (a batch's ledger partition) are synced at commit
			// instead of logged.
			.setServerConfig("wal_level", "minimal")
			.setServerConfig("max_wal_senders", "0")
			.setPGStartupWait(Duration.ofSeconds(60));
	}

}
