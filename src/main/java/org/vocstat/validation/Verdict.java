package org.vocstat.validation;

import java.util.List;

/**
 * The outcome for one row: its typed values (in the schema's staging-column order) when accepted, and every
 * finding. A row with any {@link Rule.Severity#REJECT} finding is quarantined; warnings travel with a loaded row.
 */
public record Verdict(Object[] values, List<Finding> findings) {

	public boolean accepted() {
		return findings.stream().noneMatch(f -> f.rule().severity() == Rule.Severity.REJECT);
	}

	public List<Finding> rejections() {
		return findings.stream().filter(f -> f.rule().severity() == Rule.Severity.REJECT).toList();
	}

	public List<Finding> warnings() {
		return findings.stream().filter(f -> f.rule().severity() == Rule.Severity.WARN).toList();
	}

}
