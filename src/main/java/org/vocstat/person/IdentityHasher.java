package org.vocstat.person;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hash (HMAC-SHA256) of a normalised ID number: the only form in which a person's
 * identity is stored, so records of the same person can be matched across systems without
 * keeping the number itself. The key never leaves the site (see {@link HashKeyStore}), so
 * the hashes cannot be reversed by enumerating the ID space.
 */
public final class IdentityHasher {

	private static final String ALGORITHM = "HmacSHA256";

	private static final HexFormat HEX = HexFormat.of();

	private final SecretKeySpec key;

	/**
	 * An initialised Mac per thread: looking one up and keying it costs more than hashing
	 * an ID.
	 */
	private final ThreadLocal<Mac> macs;

	public IdentityHasher(byte[] key) {
		if (key.length < 32) {
			throw new IllegalArgumentException("identity hash key must be at least 32 bytes");
		}
		this.key = new SecretKeySpec(key.clone(), ALGORITHM);
		this.macs = ThreadLocal.withInitial(this::newMac);
	}

	/** Lower-case hex HMAC of the normalised ID text. */
	public String hash(ResidentId id) {
		return hashText(id.normalised());
	}

	/**
	 * Lower-case hex HMAC of a document number that is not a resident ID (passport etc.),
	 * trimmed.
	 */
	public String hashText(String normalised) {
		return HEX.formatHex(macs.get().doFinal(normalised.getBytes(StandardCharsets.UTF_8)));
	}

	private Mac newMac() {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(key);
			return mac;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

}
