package org.vocstat.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Plants cases that trip the review rules (数据审核) into a generated batch, after it is
 * written, at the first four schools of {@code qrp/conditions.csv} in code order:
 * <ol>
 * <li>no 专任教师 rows at all (error {@code teachers.none_with_students});</li>
 * <li>a third of its 专任教师 rows dropped, a student-teacher ratio above 20 (query
 * {@code teachers.student_teacher_ratio_high});</li>
 * <li>单考单招参考人数 ten below 专科及以上上线人数 (error
 * {@code exams.admitted_exceeds_candidates});</li>
 * <li>every 公共基础课 teacher marked 双师型, more dual-qualified teachers than specialty
 * teachers (query {@code teachers.dual_qualified_over_specialty}).</li>
 * </ol>
 * Rows stay valid for the row checks; the manifest's digests and row counts follow.
 */
final class ReviewCases {

	private ReviewCases() {
	}

	/** Plants the cases into the batch in {@code batch}; returns one line per case. */
	static List<String> plant(Path batch) throws IOException {
		List<String> schools = new ArrayList<>(
				new TreeSet<>(BatchFileRewrite.column(batch.resolve("qrp/conditions.csv"), 0)));
		if (schools.size() < 4) {
			throw new IllegalArgumentException("--plant-review-cases needs a batch of at least four schools");
		}
		String noTeachers = schools.get(0), fewTeachers = schools.get(1), exams = schools.get(2), dual = schools.get(3);
		int[] fullTime = { 0 };
		int dropped = BatchFileRewrite.rewrite(batch, "qrp/teachers.csv", cells -> {
			if (cells.length != 13 || !cells[7].equals("专任教师")) {
				return cells;
			}
			if (cells[1].equals(noTeachers) || cells[1].equals(fewTeachers) && fullTime[0]++ % 3 == 0) {
				return null;
			}
			if (cells[1].equals(dual) && cells[10].equals("公共基础课")) {
				cells[11] = "是";
			}
			return cells;
		});
		BatchFileRewrite.rewrite(batch, "qrp/exams.csv", cells -> {
			if (cells.length == 8 && cells[0].equals(exams)) {
				cells[2] = Long.toString(Math.max(0, BatchFileRewrite.number(cells[5]) - 10));
			}
			return cells;
		});
		return List.of(noTeachers + ": no 专任教师 (error teachers.none_with_students)",
				fewTeachers + ": a third of its 专任教师 left out (query teachers.student_teacher_ratio_high)",
				exams + ": 单考单招参考人数 below 专科及以上上线人数 (error exams.admitted_exceeds_candidates)",
				dual + ": every 公共基础课 teacher 双师型 (query teachers.dual_qualified_over_specialty)",
				dropped + " rows of qrp/teachers.csv left out");
	}

}
