package org.vocstat.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HashSplitTest {

	@Test
	void theStepsConnectionTakesAsManyStudentsAsTheGraduatesAndTheCopyLeaveHalfTheWork() {
		// The province batch: 1,198,028 student and 364,735 graduate records; (0.8 S + 1.2 G) / 1.8 S = 0.6474.
		assertThat(HashSplit.balancing(1_198_028, 364_735).boundary()).isEqualTo("a5bd");
		// No graduates: f + 0.2 (1 − f) = 1 − f, so f = 4/9.
		assertThat(HashSplit.balancing(1_000, 0).boundary()).isEqualTo("71c7");
	}

	@Test
	void manyGraduatesLeaveEveryStudentToTheStepsConnection() {
		assertThat(HashSplit.balancing(1_000, 5_000).boundary()).isEqualTo("ffff");
	}

	@Test
	void aBatchWithoutStudentsHasABoundaryAllTheSame() {
		// Nothing to divide: any boundary gives the same (empty) students' ledger.
		assertThat(HashSplit.balancing(0, 0).boundary()).isEqualTo("0000");
		assertThat(HashSplit.balancing(0, 1_000).boundary()).isEqualTo("0000");
	}

	@Test
	void aBoundaryIsNeverAnythingButLettersAndDigits() {
		assertThatThrownBy(() -> new HashSplit("5' OR true --")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new HashSplit("")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new HashSplit("ABCD")).isInstanceOf(IllegalArgumentException.class);
	}

}
