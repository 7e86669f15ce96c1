package org.vocstat.warehouse;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.vocstat.reference.Major;
import org.vocstat.reference.MajorCatalogue;

/**
 * Copies the major catalogue in force into {@code dim_major} for a batch, replacing any
 * earlier copy.
 */
@Component
public class MajorDimension {

	private final MajorCatalogue catalogue;

	private final JdbcTemplate jdbc;

	MajorDimension(MajorCatalogue catalogue, JdbcTemplate jdbc) {
		this.catalogue = catalogue;
		this.jdbc = jdbc;
	}

	/**
	 * Commits on its own: the indicators step computes its measures on connections of
	 * their own, which must see the batch's dimension. If the step then fails, the batch
	 * keeps the new dimension with its earlier figures until the step is restarted (a
	 * trace of a major figure meanwhile reports its rows changed, which they have).
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void refresh(long batchId) {
		jdbc.update("DELETE FROM dim_major WHERE batch_id = ?", batchId);
		List<Major> majors = catalogue.codes().stream().map(code -> catalogue.find(code).orElseThrow()).toList();
		jdbc.batchUpdate("""
				INSERT INTO dim_major (batch_id, major_code, major_name, class_code, class_name, category_code,
				                       category_name, industry, verified)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", majors, 500, (ps, m) -> {
			ps.setLong(1, batchId);
			ps.setString(2, m.code());
			ps.setString(3, m.name());
			ps.setString(4, m.classCode());
			ps.setString(5, m.className());
			ps.setString(6, m.categoryCode());
			ps.setString(7, m.categoryName());
			ps.setInt(8, m.industry());
			ps.setBoolean(9, m.verified());
		});
		jdbc.execute("ANALYZE dim_major");
	}

}
