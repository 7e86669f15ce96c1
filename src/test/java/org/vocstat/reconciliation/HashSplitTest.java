package org.vocstat.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HashSplitTest {

	@Test
	void theStepsConnectionTakesTheGraduatesAndAsManyStudentsAsTheyLeaveHalfTheWork() {
		// The province batch: 1,198,028 student and 364,735 graduate records; (S − G) / 2S = 0.3478.
		assertThat(HashSplit.balancing(1_198_028, 364_735).boundary()).isEqualTo("5908");
		assertThat(HashSplit.balancing(1_000, 0).boundary()).isEqualTo("8000");
	}

	@Test
	void asManyGraduatesAsStudentsOrMoreLeaveTheStudentsToTheSecondConnection() {
		assertThat(HashSplit.balancing(1_000, 1_000).boundary()).isEqualTo("0000");
		assertThat(HashSplit.balancing(1_000, 5_000).boundary()).isEqualTo("0000");
		assertThat(HashSplit.balancing(0, 0).boundary()).isEqualTo("0000");
	}

	@Test
	void theTwoSidesAreComplements() {
		HashSplit split = new HashSplit("5909");
		assertThat(split.below()).isEqualTo("id_hash < '5909'");
		assertThat(split.atOrAbove()).isEqualTo("id_hash >= '5909'");
	}

	@Test
	void aBoundaryIsNeverAnythingButLettersAndDigits() {
		assertThatThrownBy(() -> new HashSplit("5' OR true --")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new HashSplit("")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new HashSplit("ABCD")).isInstanceOf(IllegalArgumentException.class);
	}

}
