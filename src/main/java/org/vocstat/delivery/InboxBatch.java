package org.vocstat.delivery;

import java.nio.file.Path;

/**
 * A folder found in the nightly inbox: complete (its manifest checks out), waiting, with
 * the reason, or refused (its manifest names a file outside the folder), with the reason.
 */
public record InboxBatch(Path folder, BatchManifest manifest, String waitingBecause, boolean refused) {

	public InboxBatch(Path folder, BatchManifest manifest, String waitingBecause) {
		this(folder, manifest, waitingBecause, false);
	}

	/** A batch that must not be loaded whatever arrives later. */
	static InboxBatch refused(Path folder, BatchManifest manifest, String reason) {
		return new InboxBatch(folder, manifest, reason, true);
	}

	public boolean complete() {
		return waitingBecause == null;
	}

}
