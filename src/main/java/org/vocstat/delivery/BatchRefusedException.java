package org.vocstat.delivery;

/**
 * A batch that must not be loaded as it stands: a manifest that does not match the files,
 * a missing file, a file that lacks a required column. Nothing of it is loaded; the
 * message tells the operator what to fix.
 */
public class BatchRefusedException extends RuntimeException {

	private final String key;

	private final transient Object[] arguments;

	public BatchRefusedException(String message) {
		this(message, null);
	}

	/**
	 * A refusal the operator's terminal can say in its own language: {@code key} names
	 * the message in the command line's bundle ({@code refused.KEY}), {@code arguments}
	 * fill it; {@code message} is the English the log keeps.
	 */
	public BatchRefusedException(String message, String key, Object... arguments) {
		super(message);
		this.key = key;
		this.arguments = arguments;
	}

	/** The message's key in the command line's bundle, or null. */
	public String key() {
		return key;
	}

	public Object[] arguments() {
		return arguments == null ? new Object[0] : arguments.clone();
	}

}
