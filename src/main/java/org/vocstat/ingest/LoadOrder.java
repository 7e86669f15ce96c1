package org.vocstat.ingest;

import static org.vocstat.ingest.FileKind.QRP_AWARDS;
import static org.vocstat.ingest.FileKind.QRP_CONDITIONS;
import static org.vocstat.ingest.FileKind.QRP_EXAMS;
import static org.vocstat.ingest.FileKind.QRP_FOLLOWUP;
import static org.vocstat.ingest.FileKind.QRP_FUNDING;
import static org.vocstat.ingest.FileKind.QRP_REGION;
import static org.vocstat.ingest.FileKind.QRP_SATISFACTION;
import static org.vocstat.ingest.FileKind.QRP_SCHOOLS;
import static org.vocstat.ingest.FileKind.QRP_TEACHERS;
import static org.vocstat.ingest.FileKind.QRP_TRAINING;
import static org.vocstat.ingest.FileKind.SMS_GRADUATES;
import static org.vocstat.ingest.FileKind.SMS_SCHOOLS;
import static org.vocstat.ingest.FileKind.SMS_STUDENTS;
import static org.vocstat.ingest.FileKind.TSS_GRADUATES;
import static org.vocstat.ingest.FileKind.TSS_SCHOOLS;
import static org.vocstat.ingest.FileKind.TSS_STUDENTS;

import java.util.ArrayList;
import java.util.List;

/**
 * The order a batch's files load in. The three school registers come first, one after
 * another: every other file's school codes are looked up in them, and qrp's schools in
 * the other two. The other files depend on nothing but those, so they can load in two
 * lanes side by side. One file alone leaves a core idle at times: while the workers warm
 * up, and at its end, when PostgreSQL alone finds the repeated keys and builds the
 * primary key; the other lane's file fills those gaps.
 * <p>
 * The lanes are fixed, balanced on the files' usual sizes: the sms student register, the
 * largest file by far, and the tss graduates in one, then the small qrp files; the tss
 * students, the sms graduates and the teachers in the other (each file's time alone is in
 * bench/performance.md). Each lane keeps the files in the order the one-lane load has
 * them.
 */
public final class LoadOrder {

	/**
	 * The most lanes: two fill the gaps one file leaves on the two-core machines this is
	 * measured on; more lanes would share the same workers and cores, and the lanes are
	 * fixed, not balanced for more.
	 */
	public static final int MAX_LANES = 2;

	private static final List<FileKind> SCHOOLS = List.of(SMS_SCHOOLS, TSS_SCHOOLS, QRP_SCHOOLS);

	private static final List<List<FileKind>> TWO_LANES = List.of(
			List.of(SMS_STUDENTS, TSS_GRADUATES, QRP_CONDITIONS, QRP_SATISFACTION, QRP_FOLLOWUP, QRP_TRAINING,
					QRP_AWARDS, QRP_EXAMS, QRP_FUNDING, QRP_REGION),
			List.of(SMS_GRADUATES, TSS_STUDENTS, QRP_TEACHERS));

	private LoadOrder() {
	}

	/** The school registers, in the order they must load. */
	public static List<FileKind> schools() {
		return SCHOOLS;
	}

	/**
	 * The other files in {@code count} lanes, each in the order it loads; one lane holds
	 * them all in {@link FileKind} order. A count of 0 means one lane per core, at most
	 * {@link #MAX_LANES}.
	 */
	public static List<List<FileKind>> lanes(int count) {
		if (count == 0) {
			return lanes(Math.min(MAX_LANES, Runtime.getRuntime().availableProcessors()));
		}
		if (count == 1) {
			List<FileKind> all = new ArrayList<>(List.of(FileKind.values()));
			all.removeAll(SCHOOLS);
			return List.of(List.copyOf(all));
		}
		if (count == MAX_LANES) {
			return TWO_LANES;
		}
		throw new IllegalArgumentException("vocstat.ingest.lanes must be 1 or " + MAX_LANES
				+ " (0: one per core, at most " + MAX_LANES + "), not " + count);
	}

}
