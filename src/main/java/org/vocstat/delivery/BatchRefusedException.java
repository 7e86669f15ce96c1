package org.vocstat.delivery;

/**
 * A batch that must not be loaded as it stands: a manifest that does not match the files,
 * a missing file, a file that lacks a required column. Nothing of it is loaded; the
 * message (English, for the log and the run's stored message) tells the operator what to
 * fix, and its {@link Reason} lets the terminal say it in the operator's language.
 */
public class BatchRefusedException extends RuntimeException implements Reason.Said {

	private final transient Reason reason;

	/** A refusal with no key: said in English everywhere. */
	public BatchRefusedException(String message) {
		super(message);
		this.reason = null;
	}

	public BatchRefusedException(Reason reason) {
		super(reason.english());
		this.reason = reason;
	}

	/** A refusal said by {@code key} of the message bundle with {@code arguments}. */
	public static BatchRefusedException because(String key, Object... arguments) {
		return new BatchRefusedException(Reason.of(key, arguments));
	}

	/** Why, to be said in the reader's language; null for a refusal with no key. */
	@Override
	public Reason reason() {
		return reason;
	}

	/** The reason's key in the bundle, or null. */
	public String key() {
		return reason == null ? null : reason.key();
	}

	public Object[] arguments() {
		return reason == null ? new Object[0] : reason.arguments().toArray();
	}

	/** The reason, or the English message as a reason-less text. */
	public Object said() {
		return reason != null ? reason : getMessage();
	}

}
