package org.vocstat.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The school registers load first; every other file loads exactly once, in one lane or in
 * two.
 */
class LoadOrderTest {

	@Test
	void theSchoolRegistersComeFirstInTheOrderTheirLookupsNeed() {
		assertThat(LoadOrder.schools()).containsExactly(FileKind.SMS_SCHOOLS, FileKind.TSS_SCHOOLS,
				FileKind.QRP_SCHOOLS);
		// qrp's schools are looked up in the two registers before it.
		assertThat(FileKind.QRP_SCHOOLS.schoolLookupSql()).contains("stg_sms_school", "stg_tss_school");
	}

	@Test
	void oneLaneHoldsEveryOtherFileInLoadOrder() {
		List<FileKind> others = new ArrayList<>(List.of(FileKind.values()));
		others.removeAll(LoadOrder.schools());

		assertThat(LoadOrder.lanes(1)).containsExactly(others);
	}

	@Test
	void twoLanesHoldEveryOtherFileOnceEachInLoadOrder() {
		List<List<FileKind>> lanes = LoadOrder.lanes(2);

		assertThat(lanes).hasSize(2)
			.allSatisfy(lane -> assertThat(lane).isNotEmpty().isSortedAccordingTo(Comparator.naturalOrder()));
		assertThat(lanes.stream().flatMap(List::stream).toList())
			.containsExactlyInAnyOrderElementsOf(LoadOrder.lanes(1).get(0));
		// The two student registers, the largest files, never wait for each other.
		assertThat(laneOf(lanes, FileKind.SMS_STUDENTS)).isNotEqualTo(laneOf(lanes, FileKind.TSS_STUDENTS));
	}

	@Test
	void filesInLanesLookUpOnlyTheSchoolRegisters() {
		// A file in a lane may run before or beside any other lane's file: it may depend
		// on the registers only.
		for (FileKind kind : LoadOrder.lanes(1).get(0)) {
			String lookup = kind.schoolLookupSql();
			if (lookup != null) {
				for (FileKind register : LoadOrder.schools()) {
					lookup = lookup.replaceAll("\\b" + register.schema().stagingTable() + "\\b", "");
				}
				assertThat(lookup).as(kind.code()).doesNotContain("stg_");
			}
		}
	}

	@Test
	void noCountMeansOneLanePerCoreAtMostTwo() {
		int cores = Runtime.getRuntime().availableProcessors();

		assertThat(LoadOrder.lanes(0)).isEqualTo(LoadOrder.lanes(Math.min(2, cores)));
	}

	@Test
	void otherLaneCountsAreRefusedNamingTheSetting() {
		for (int count : new int[] { -1, 3 }) {
			assertThatThrownBy(() -> LoadOrder.lanes(count)).isInstanceOf(IllegalArgumentException.class)
				.hasMessage("vocstat.ingest.lanes must be 1 or 2 (0: one per core, at most 2), not " + count);
		}
	}

	private static int laneOf(List<List<FileKind>> lanes, FileKind kind) {
		for (int i = 0; i < lanes.size(); i++) {
			if (lanes.get(i).contains(kind)) {
				return i;
			}
		}
		throw new AssertionError(kind + " is in no lane");
	}

}
