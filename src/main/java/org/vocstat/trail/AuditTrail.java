package org.vocstat.trail;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only, hash-chained audit trail ({@code audit_entry}). Each entry's hash
 * covers its fields and the previous entry's hash: a row changed, deleted or inserted
 * afterwards, even by the tables' owner with the trigger dropped, no longer fits the
 * chain, and {@link #verify()} names the first that does not.
 */
@Component
public class AuditTrail {

	/**
	 * Serialises appends across processes (the chain has one head); 'trail' in ASCII.
	 */
	private static final long APPEND_LOCK = 0x747261696cL;

	private static final String COLUMNS = "seq, action, who, at, objects, detail, previous_hash, hash";

	private final JdbcClient jdbc;

	AuditTrail(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The OS user running this process: who did it, when no name was given. */
	public static String osUser() {
		String user = System.getProperty("user.name");
		return user == null || user.isBlank() ? "unknown" : user;
	}

	/**
	 * Appends an entry to the chain, in the caller's transaction if there is one (so a
	 * publication and its entry commit together) and returns it with its hash.
	 */
	@Transactional
	public AuditEntry append(String action, String who, List<String> objects, String detail) {
		jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", APPEND_LOCK).query(Object.class).single();
		Optional<AuditEntry> last = jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry ORDER BY seq DESC LIMIT 1")
			.query(AuditTrail::entry)
			.optional();
		// Microseconds: what timestamptz keeps, so the stored time hashes the same.
		Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
		AuditEntry unhashed = new AuditEntry(last.map(e -> e.seq() + 1).orElse(1L), action, who, at,
				List.copyOf(objects), detail == null ? "" : detail,
				last.map(AuditEntry::hash).orElse(AuditEntry.GENESIS), "");
		AuditEntry entry = new AuditEntry(unhashed.seq(), action, who, at, unhashed.objects(), unhashed.detail(),
				unhashed.previousHash(), unhashed.computedHash());
		jdbc.sql("INSERT INTO audit_entry (" + COLUMNS
				+ ") VALUES (:seq, :action, :who, :at, :objects, :detail, :previous, :hash)")
			.param("seq", entry.seq())
			.param("action", entry.action())
			.param("who", entry.who())
			.param("at", Timestamp.from(entry.at()))
			.param("objects", entry.objects().toArray(String[]::new))
			.param("detail", entry.detail())
			.param("previous", entry.previousHash())
			.param("hash", entry.hash())
			.update();
		return entry;
	}

	/** Appends an entry with no detail. */
	public AuditEntry append(String action, String who, String... objects) {
		return append(action, who, Arrays.asList(objects), "");
	}

	/** The entries from {@code since} on (all when null), oldest first. */
	public List<AuditEntry> entries(Instant since) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry WHERE at >= :since ORDER BY seq")
			.param("since", Timestamp.from(since == null ? Instant.EPOCH : since))
			.query(AuditTrail::entry)
			.list();
	}

	/** The entry with this hash, if the chain has one. */
	public Optional<AuditEntry> withHash(String hash) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry WHERE hash = :hash")
			.param("hash", hash)
			.query(AuditTrail::entry)
			.optional();
	}

	/** The hash of the last entry: what an edition records as the chain's head. */
	public String head() {
		return jdbc.sql("SELECT hash FROM audit_entry ORDER BY seq DESC LIMIT 1")
			.query(String.class)
			.optional()
			.orElse(AuditEntry.GENESIS);
	}

	/**
	 * Recomputes the chain from its first entry: each entry's hash from its fields, each
	 * previous hash against the entry before, the numbers without a gap.
	 */
	public ChainCheck verify() {
		String previous = AuditEntry.GENESIS;
		long expected = 1;
		for (AuditEntry entry : entries(null)) {
			if (entry.seq() != expected) {
				return new ChainCheck(expected - 1, Optional.of("audit entry " + expected + " is missing (the next is "
						+ entry.seq() + "): the chain was cut"));
			}
			if (!entry.previousHash().equals(previous)) {
				return new ChainCheck(expected - 1, Optional.of("audit entry " + entry.seq() + " does not follow entry "
						+ (entry.seq() - 1) + ": chain broken"));
			}
			if (!entry.intact()) {
				return new ChainCheck(expected - 1, Optional.of("audit entry " + entry.seq() + " (" + entry.action()
						+ ") was altered: its fields no longer give its hash"));
			}
			previous = entry.hash();
			expected++;
		}
		return new ChainCheck(expected - 1, Optional.empty());
	}

	private static AuditEntry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new AuditEntry(rs.getLong("seq"), rs.getString("action"), rs.getString("who"),
				rs.getTimestamp("at").toInstant(), List.of((String[]) rs.getArray("objects").getArray()),
				rs.getString("detail"), rs.getString("previous_hash"), rs.getString("hash"));
	}

}
