package org.vocstat.operator;

import java.nio.charset.Charset;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.vocstat.delivery.Reason;

/**
 * The words of the command line — column headers, statuses, messages — from one bundle,
 * {@code messages*.properties}: Chinese when the locale is Chinese
 * ({@code LANG=zh_CN.UTF-8}), English otherwise. Codes (rule, indicator and exit codes)
 * are never translated, so scripts and the documentation read the same in both.
 */
public final class Messages {

	private Messages() {
	}

	/**
	 * The text of {@code key} with {@code arguments}, or {@code fallback} when the bundle
	 * has none.
	 */
	public static String text(String key, String fallback, Object... arguments) {
		String pattern;
		try {
			pattern = bundle().getString(key);
		}
		catch (MissingResourceException ex) {
			pattern = fallback;
		}
		return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(shown(arguments));
	}

	/**
	 * The bundle's text of {@code key} with {@code arguments}, or {@code said} as it is
	 * when the bundle has no such key (a text already complete, not a pattern).
	 */
	public static String textOr(String key, String said, Object... arguments) {
		try {
			String pattern = bundle().getString(key);
			return new MessageFormat(pattern, locale()).format(shown(arguments));
		}
		catch (MissingResourceException ex) {
			return said;
		}
	}

	/**
	 * The bundle's text of {@code key} with {@code arguments}, all of them arguments
	 * (unlike {@link #text(String, String, Object...)}, whose second is the fallback).
	 */
	public static String format(String key, Object... arguments) {
		// always through MessageFormat, so a quote ('') reads the same with or without
		// arguments
		return format(locale(), key, arguments);
	}

	/**
	 * The bundle's text of {@code key} in {@code locale} ({@link Locale#ROOT}: English,
	 * for the log).
	 */
	public static String format(Locale locale, String key, Object... arguments) {
		return Reason.of(key, arguments).in(locale);
	}

	/** The text of {@code key}, which the bundle must have. */
	public static String text(String key, Object... arguments) {
		return text(key, key, arguments);
	}

	/**
	 * What a module said: a {@link Reason} in the terminal's language, any other text as
	 * it is (English, from a message that has no key).
	 */
	public static String say(Object said) {
		return said instanceof Reason reason ? reason.in(locale()) : String.valueOf(said);
	}

	/**
	 * An exception's message in the terminal's language when it says a {@link Reason},
	 * else its (English) message.
	 */
	public static String say(Throwable ex) {
		return ex instanceof Reason.Said said && said.reason() != null ? say(said.reason()) : ex.getMessage();
	}

	/** Arguments as they read here: reasons said in this language, lists as lines. */
	private static Object[] shown(Object[] arguments) {
		return Arrays.stream(arguments).map(argument -> Reason.shown(argument, locale())).toArray();
	}

	/** A column header: the bundle's {@code column.NAME}, else the name itself. */
	public static String header(String name) {
		return text("column." + name, name);
	}

	/**
	 * A status word (LOADED, FAILED, …): the bundle's {@code status.WORD}, else the word.
	 */
	public static String status(String word) {
		return text("status." + word.replace(' ', '_'), word);
	}

	/** Whether the command line speaks Chinese. */
	public static boolean chinese() {
		return "zh".equals(locale().getLanguage());
	}

	/**
	 * Takes the terminal's language from {@code LC_ALL}, {@code LC_MESSAGES} or
	 * {@code LANG}, the first one set, as POSIX does. The JVM derives its default locale
	 * from them only when the C library knows that locale: on a server where
	 * {@code zh_CN.UTF-8} was never generated, a Chinese operator would otherwise get
	 * English.
	 */
	static void adoptTerminalLocale(Map<String, String> environment) {
		for (String variable : List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
			String value = environment.get(variable);
			if (value != null && !value.isBlank()) {
				if (value.startsWith("zh")) {
					Locale.setDefault(value.startsWith("zh_TW") || value.startsWith("zh_HK")
							? Locale.TRADITIONAL_CHINESE : Locale.SIMPLIFIED_CHINESE);
				}
				else if (!value.startsWith("C") && !value.startsWith("POSIX") && chinese()) {
					Locale.setDefault(Locale.ENGLISH);
				}
				return;
			}
		}
	}

	/**
	 * The terminal's character set as {@code LC_ALL}, {@code LC_CTYPE} or {@code LANG}
	 * names it ({@code zh_CN.UTF-8}), or null when none names one this JVM has. Where
	 * that locale was never generated the JVM writes ASCII, and Chinese came out as
	 * {@code ?}.
	 */
	static Charset terminalCharset(Map<String, String> environment) {
		for (String variable : List.of("LC_ALL", "LC_CTYPE", "LANG")) {
			String value = environment.get(variable);
			if (value != null && !value.isBlank()) {
				int dot = value.indexOf('.');
				if (dot < 0) {
					return null;
				}
				String codeset = value.substring(dot + 1).replaceFirst("@.*", "");
				codeset = codeset.equalsIgnoreCase("utf8") ? "UTF-8" : codeset;
				return Charset.isSupported(codeset) ? Charset.forName(codeset) : null;
			}
		}
		return null;
	}

	private static Locale locale() {
		return Locale.getDefault();
	}

	static ResourceBundle bundle() {
		// ROOT as the fallback, not the JVM's default locale: an English terminal on a
		// machine whose default is Chinese still gets English when LANG says so.
		return ResourceBundle.getBundle("messages", locale(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

}
