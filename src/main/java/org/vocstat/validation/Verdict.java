package org.vocstat.validation;

import java.util.List;

/**
 * The outcome for one row: its typed values (in the schema's staging-column order) when
 * accepted, and every finding. A row with any {@link Rule.Severity#REJECT} finding is
 * quarantined; warnings travel with a loaded row.
 */
public record Verdict(Object[] values, List<Finding> findings) {

	// Most rows have no finding: they answer without a stream.
	public boolean accepted() {
		return findings.isEmpty() || findings.stream().noneMatch(f -> f.rule().severity() == Rule.Severity.REJECT);
	}

	public List<Finding> rejections() {
		return withSeverity(Rule.Severity.REJECT);
	}

	public List<Finding> warnings() {
		return withSeverity(Rule.Severity.WARN);
	}

	private List<Finding> withSeverity(Rule.Severity severity) {
		return findings.isEmpty() ? List.of() : findings.stream().filter(f -> f.rule().severity() == severity).toList();
	}

}
