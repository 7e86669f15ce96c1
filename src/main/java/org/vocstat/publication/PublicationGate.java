package org.vocstat.publication;

import java.util.List;

/**
 * What stands between a region's figures and their publication: the review findings that
 * are still open (an {@code error} not cleared by a corrected export, a {@code query}
 * neither explained nor accepted). The review module provides it; without one, no finding
 * exists and {@link #NONE} applies.
 */
public interface PublicationGate {

	/** The gate of a warehouse without review rules: nothing blocks. */
	PublicationGate NONE = (region, period) -> List.of();

	/**
	 * The open findings of the region's batch of {@code period} (AY), each as a short
	 * line naming it ({@code #12 R03 school:3633000312 …}), first the most serious.
	 */
	List<String> blockingFindings(String region, String period);

}
