package org.vocstat.person;

import java.util.List;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when this process's identity-hash key is not the one the warehouse was
 * built with (another home folder, another machine without the shared key): its hashes
 * would silently stop matching every person loaded before. The database keeps only a
 * fingerprint, the keyed hash of a fixed text.
 */
@Component
class IdentityKeyCheck implements InitializingBean {

	private static final String PROBE = "vocstat identity key fingerprint";

	private final JdbcClient jdbc;

	private final IdentityHasher hasher;

	IdentityKeyCheck(JdbcClient jdbc, IdentityHasher hasher) {
		this.jdbc = jdbc;
		this.hasher = hasher;
	}

	@Override
	public void afterPropertiesSet() {
		String mine = hasher.hashText(PROBE);
		List<String> known = jdbc.sql("SELECT fingerprint FROM identity_key").query(String.class).list();
		if (known.isEmpty()) {
			jdbc.sql("INSERT INTO identity_key (fingerprint) VALUES (:fingerprint)")
				.param("fingerprint", mine)
				.update();
		}
		else if (!known.contains(mine)) {
			throw new IllegalStateException(
					"this vocstat's identity-hash key is not the one the warehouse was built with: "
							+ "use the same --home (its hash.key) or set VOCSTAT_HASH_KEY to the shared key");
		}
	}

}
