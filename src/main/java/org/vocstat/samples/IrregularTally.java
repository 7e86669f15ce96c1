package org.vocstat.samples;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts the irregular rows written, by kind and file, for the summary and the batch
 * README.
 */
final class IrregularTally {

	private final Map<IrregularKind, Map<ExportFile, Long>> counts = new EnumMap<>(IrregularKind.class);

	void add(IrregularKind kind, ExportFile file) {
		counts.computeIfAbsent(kind, (k) -> new TreeMap<>()).merge(file, 1L, Long::sum);
	}

	List<GenerationSummary.IrregularCount> counts() {
		List<GenerationSummary.IrregularCount> list = new ArrayList<>();
		counts.forEach((kind, byFile) -> byFile
			.forEach((file, count) -> list.add(new GenerationSummary.IrregularCount(kind, file.path, count))));
		return list;
	}

}
