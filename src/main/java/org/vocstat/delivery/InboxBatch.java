package org.vocstat.delivery;

import java.nio.file.Path;

/**
 * A folder found in the nightly inbox: complete (its manifest checks out), waiting, with
 * the reason, refused (its manifest names a file outside the folder), with the reason, or
 * stale: waiting on a file that has not matched its manifest for longer than a copy
 * takes. The reason is a {@link Reason}, or a text in English when the refusal had no
 * key.
 */
public record InboxBatch(Path folder, BatchManifest manifest, Object waitingBecause, boolean refused, boolean stale) {

	public InboxBatch(Path folder, BatchManifest manifest, Object waitingBecause) {
		this(folder, manifest, waitingBecause, false, false);
	}

	/** A batch that must not be loaded whatever arrives later. */
	static InboxBatch refused(Path folder, BatchManifest manifest, Object reason) {
		return new InboxBatch(folder, manifest, reason, true, false);
	}

	/** This waiting batch, marked stale. */
	InboxBatch asStale() {
		return new InboxBatch(folder, manifest, waitingBecause, refused, true);
	}

	public boolean complete() {
		return waitingBecause == null;
	}

}
