package org.vocstat.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

/**
 * The keyed hash that stands for a person: deterministic for one key, so records match
 * across systems and loads, and different under another key, so it cannot be recomputed
 * without the site's key.
 */
class IdentityHasherTest {

	private static final byte[] KEY = filled(32, 7);

	@Test
	void hashesTheSameNumberToTheSameValue() {
		IdentityHasher hasher = new IdentityHasher(KEY);

		assertThat(hasher.hash(ResidentId.parse("11010519491231002X")))
			.isEqualTo(new IdentityHasher(KEY.clone()).hash(ResidentId.parse("11010519491231002X")));
	}

	@Test
	void hashesEveryWritingOfOneNumberToTheSameValue() {
		IdentityHasher hasher = new IdentityHasher(KEY);

		assertThat(hasher.hash(ResidentId.parse("１１０１０５ 19491231 002x")))
			.isEqualTo(hasher.hash(ResidentId.parse("110105491231002")))
			.isEqualTo(hasher.hashText("11010519491231002X"));
	}

	@Test
	void hashIsHmacSha256OfTheNormalisedTextInLowerCaseHex() throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
		String expected = HexFormat.of().formatHex(mac.doFinal("440524188001010014".getBytes(StandardCharsets.UTF_8)));

		assertThat(new IdentityHasher(KEY).hash(ResidentId.parse("440524188001010014"))).isEqualTo(expected)
			.matches("[0-9a-f]{64}");
	}

	@Test
	void hashDependsOnTheKey() {
		ResidentId id = ResidentId.parse("440524188001010014");

		assertThat(new IdentityHasher(KEY).hash(id)).isNotEqualTo(new IdentityHasher(filled(32, 8)).hash(id));
	}

	@Test
	void differentNumbersHashDifferently() {
		IdentityHasher hasher = new IdentityHasher(KEY);

		assertThat(hasher.hash(ResidentId.parse("440524188001010014")))
			.isNotEqualTo(hasher.hash(ResidentId.parse("120223198902021249")));
	}

	@Test
	void keepsItsOwnCopyOfTheKey() {
		byte[] key = filled(32, 7);
		IdentityHasher hasher = new IdentityHasher(key);
		String before = hasher.hashText("E12345678");

		Arrays.fill(key, (byte) 0);

		assertThat(hasher.hashText("E12345678")).isEqualTo(before);
	}

	@Test
	void refusesKeyShorterThan32Bytes() {
		assertThatIllegalArgumentException().isThrownBy(() -> new IdentityHasher(new byte[31]));
	}

	private static byte[] filled(int length, int value) {
		byte[] key = new byte[length];
		Arrays.fill(key, (byte) value);
		return key;
	}

}
