package org.vocstat.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.vocstat.samples.Student.Registration;

/**
 * Picks which drafts get a special document or a transfer, among those a loader can take
 * them on.
 */
final class SpecialCases {

	private final List<StudentDraft> drafts;

	private final SplittableRandom random;

	SpecialCases(List<StudentDraft> drafts, SplittableRandom random) {
		this.drafts = drafts;
		this.random = random;
	}

	void documents(long count, Supplier<Identity> identity) {
		for (StudentDraft d : pick(count)) {
			d.identity = identity.get();
		}
	}

	void transfers(long count, Consumer<StudentDraft> transfer) {
		for (StudentDraft d : pick(count)) {
			transfer.accept(d);
		}
	}

	/**
	 * Open, non-graduating, single-system students with an ordinary ID and no special
	 * case yet.
	 */
	private List<StudentDraft> pick(long count) {
		List<StudentDraft> eligible = drafts.stream()
			.filter((d) -> (d.track == Track.NEW_IN_SCHOOL || d.track == Track.CONTINUING)
					&& (d.registration == Registration.SMS || d.registration == Registration.TSS)
					&& d.status.status() == EnrolmentStatus.ENROLLED && d.status.date() == null
					&& d.identity.type() == Identity.Document.RESIDENT && d.transfer == null)
			.toList();
		List<StudentDraft> pool = new ArrayList<>(eligible);
		List<StudentDraft> chosen = new ArrayList<>();
		for (long i = 0; i < count && !pool.isEmpty(); i++) {
			chosen.add(pool.remove(random.nextInt(pool.size())));
		}
		return chosen;
	}

}
