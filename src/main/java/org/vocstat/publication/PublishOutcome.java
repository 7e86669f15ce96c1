package org.vocstat.publication;

import org.vocstat.delivery.Reason;

/**
 * What {@code publish} did: published a new edition, found the latest edition already
 * holds exactly these figures, or was refused by open review findings or a running load.
 * The {@link Reason} lets the terminal and the console say it in their reader's language.
 */
public record PublishOutcome(Kind kind, Long editionId, Reason reason) implements Reason.Said {

	/** The outcome in English, as the log keeps it. */
	public String message() {
		return reason.english();
	}

	/** How a publication ended. */
	public enum Kind {

		PUBLISHED, UNCHANGED, REFUSED, BUSY

	}

}
