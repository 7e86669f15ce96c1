package org.vocstat.indicator;

import java.util.List;
import java.util.Optional;

/**
 * Where the report, the published check and a trace read figures: the region's current
 * batches ({@link #current}) or a frozen copy of them, such as a published edition, which
 * later loads do not change.
 */
public interface FigureSource {

	/** The batch that speaks for the region's academic year in this source. */
	Optional<Long> batchFor(String region, int academicYear);

	/** A figure of a batch of this source. */
	Optional<Figure> find(long batchId, String indicator, String scope, String period);

	/** Every figure of a batch of this source. */
	List<Figure> ofBatch(long batchId);

	/** The scopes a batch of this source has figures for, each once. */
	default List<String> scopes(long batchId) {
		return ofBatch(batchId).stream().map(Figure::scope).distinct().toList();
	}

	/** The figures of the region's current batches as stored now. */
	static FigureSource current(Periods periods, FigureStore store) {
		return new FigureSource() {

			@Override
			public Optional<Long> batchFor(String region, int academicYear) {
				return periods.currentBatch(region, academicYear);
			}

			@Override
			public Optional<Figure> find(long batchId, String indicator, String scope, String period) {
				return store.find(batchId, indicator, scope, period);
			}

			@Override
			public List<Figure> ofBatch(long batchId) {
				return store.ofBatch(batchId);
			}

			@Override
			public List<String> scopes(long batchId) {
				return store.scopes(batchId);
			}

		};
	}

}
