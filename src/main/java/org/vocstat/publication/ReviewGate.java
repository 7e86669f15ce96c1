package org.vocstat.publication;

import java.util.List;

import org.springframework.stereotype.Component;

import org.vocstat.review.ReviewFindings;

/**
 * The publication gate of this warehouse: the review findings still open for the region's
 * batch of the period, errors before queries as the review module orders them.
 */
@Component
class ReviewGate implements PublicationGate {

	private final ReviewFindings findings;

	ReviewGate(ReviewFindings findings) {
		this.findings = findings;
	}

	@Override
	public List<String> blockingFindings(String region, String period) {
		return findings.unresolved(region, period)
			.stream()
			.map(f -> "#" + f.id() + " " + f.ruleCode() + " (" + f.level() + ") " + f.scope() + " " + f.message())
			.toList();
	}

}
