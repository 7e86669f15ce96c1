package org.vocstat.delivery;

import java.nio.file.Path;

/** A folder found in the nightly inbox: complete (its manifest checks out) or waiting, with the reason. */
public record InboxBatch(Path folder, BatchManifest manifest, String waitingBecause) {

	public boolean complete() {
		return waitingBecause == null;
	}

}
