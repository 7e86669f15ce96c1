package org.vocstat.trail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.vocstat.support.PostgresTest;
import org.vocstat.support.Warehouses;

/**
 * The audit trail is a hash chain that the database keeps append-only: each entry links
 * to the one before; UPDATE, DELETE and TRUNCATE are refused; and what an owner changes
 * with the trigger off (an altered field, a removed entry, a forged one) no longer
 * verifies.
 */
@PostgresTest
class AuditTrailTest {

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	@AfterEach
	void emptyWarehouse() {
		Warehouses.truncateAll(jdbc);
	}

	@Test
	void entriesChainEachToTheOneBeforeAndVerify() {
		AuditEntry first = trail.append("load", "etl", List.of("run:1", "batch:1"), "SUCCESS: loaded");
		AuditEntry second = trail.append("publish", "王统计", "edition:1");

		assertThat(first.seq()).isEqualTo(1);
		assertThat(first.previousHash()).isEqualTo(AuditEntry.GENESIS);
		assertThat(second.previousHash()).isEqualTo(first.hash());
		assertThat(trail.head()).isEqualTo(second.hash());
		assertThat(trail.entries(null)).containsExactly(first, second);
		assertThat(trail.withHash(first.hash())).contains(first);
		assertThat(trail.verify()).isEqualTo(new ChainCheck(2, java.util.Optional.empty()));
	}

	@Test
	void theDatabaseRefusesToRewriteTheTrail() {
		trail.append("load", "etl", "run:1");

		assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET who = 'x'").update())
			.hasMessageContaining("audit_entry is append-only: UPDATE refused");
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry").update())
			.hasMessageContaining("audit_entry is append-only: DELETE refused");
		assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_entry").update())
			.hasMessageContaining("audit_entry is append-only: TRUNCATE refused");
		assertThat(trail.verify().verified()).isTrue();
	}

	@Test
	void anEntryRemovedByTheOwnerBreaksTheChain() {
		trail.append("load", "etl", "run:1");
		trail.append("prune", "etl", "batch:1");
		trail.append("publish", "王统计", "edition:1");

		ownerRuns("DELETE FROM audit_entry WHERE seq = 2");

		assertThat(trail.verify().firstFailure())
			.contains("audit entry 2 is missing (the next is 3): the chain was cut");
	}

	@Test
	void anEntryForgedByTheOwnerWithAHashOfItsOwnDoesNotFollowThePreviousOne() {
		AuditEntry first = trail.append("load", "etl", "run:1");
		AuditEntry second = trail.append("prune", "etl", "batch:1");
		// A forger who rehashes the changed entry still cannot make it follow the entry
		// before without rewriting every entry after it.
		AuditEntry forged = new AuditEntry(2, "prune", "etl", second.at(), List.of("batch:2"), "", "f".repeat(64), "");
		String hash = forged.computedHash();
		ownerRuns("UPDATE audit_entry SET objects = '{batch:2}', previous_hash = '" + forged.previousHash()
				+ "', hash = '" + hash + "' WHERE seq = 2");

		assertThat(trail.verify().firstFailure()).contains("audit entry 2 does not follow entry 1: chain broken");
		assertThat(first.intact()).isTrue();
	}

	private void ownerRuns(String sql) {
		jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER USER").update();
		try {
			jdbc.sql(sql).update();
		}
		finally {
			jdbc.sql("ALTER TABLE audit_entry ENABLE TRIGGER USER").update();
		}
	}

}
