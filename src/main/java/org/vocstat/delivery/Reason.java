package org.vocstat.delivery;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A sentence for a person — why a batch is refused or waiting, why an action was refused,
 * what it did — as a key of the one message bundle ({@code messages*.properties}) and its
 * arguments, so that the terminal and the console each say it in their reader's language
 * while the log and the run's stored message keep the English. An argument may itself be
 * a reason, or a list of reasons (the inspector's problems, one per line).
 */
public record Reason(String key, List<Object> arguments) {

	public Reason {
		arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
	}

	public static Reason of(String key, Object... arguments) {
		return new Reason(key, Arrays.asList(arguments));
	}

	/** The reason in English, as the log and the job repository keep it. */
	public String english() {
		return in(Locale.ROOT);
	}

	/** The reason in {@code locale}'s language, English when the bundle has none. */
	public String in(Locale locale) {
		String pattern;
		try {
			pattern = ResourceBundle
				.getBundle("messages", locale,
						ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
				.getString(key);
		}
		catch (MissingResourceException ex) {
			// A key without a text is a bug the bundle test catches; the arguments still
			// tell the operator what is wrong.
			pattern = key
					+ IntStream.range(0, arguments.size()).mapToObj(i -> " {" + i + "}").collect(Collectors.joining());
		}
		return new MessageFormat(pattern, locale).format(arguments.stream().map(a -> shown(a, locale)).toArray());
	}

	/**
	 * An argument as it reads in {@code locale}: a reason in that language, a list as
	 * indented lines, anything else as it is.
	 */
	public static Object shown(Object argument, Locale locale) {
		if (argument instanceof Reason reason) {
			return reason.in(locale);
		}
		if (argument instanceof List<?> list) {
			return list.stream().map(item -> "\n  - " + shown(item, locale)).collect(Collectors.joining());
		}
		return argument;
	}

	/** Something that says a reason: an exception, an outcome. */
	public interface Said {

		Reason reason();

	}

	/** An argument refused, with the reason said in the reader's language. */
	public static class BadArgumentException extends IllegalArgumentException implements Said {

		private final transient Reason reason;

		public BadArgumentException(String key, Object... arguments) {
			this(Reason.of(key, arguments));
		}

		private BadArgumentException(Reason reason) {
			super(reason.english());
			this.reason = reason;
		}

		@Override
		public Reason reason() {
			return reason;
		}

	}

	@Override
	public String toString() {
		return english();
	}

}
