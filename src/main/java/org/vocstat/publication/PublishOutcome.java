package org.vocstat.publication;

/**
 * What {@code publish} did: published a new edition, found the latest edition already
 * holds exactly these figures, or was refused by open review findings or a running load.
 */
public record PublishOutcome(Kind kind, Long editionId, String message) {

	/** How a publication ended. */
	public enum Kind {

		PUBLISHED, UNCHANGED, REFUSED, BUSY

	}

}
