package org.vocstat.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The two bundles say the same things: every message key in one is in the other with the
 * same arguments, every key the code names is in both, and {@code --help} has Chinese for
 * every command and option (its English is in the annotations).
 */
class BundleParityTest {

	private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

	/**
	 * A key the code passes to the bundle: Reason.of("…", because("…",
	 * Messages.format("….
	 */
	private static final Pattern KEY_IN_CODE = Pattern.compile(
			"(?:Reason\\.of|because|BadArgumentException|ReviewRefusedException|Messages\\.format|Messages\\.text|Messages\\.textOr|keyed)\\(\\s*(?:locale,\\s*)?\"([a-z][a-z0-9.-]*)\"");

	/**
	 * A workbook's refusal: {@code Workbook.refused(shown, "no-sheet")} says
	 * workbook.no-sheet.
	 */
	private static final Pattern WORKBOOK_KEY_IN_CODE = Pattern
		.compile("refused\\(\\s*shown,\\s*\"([a-z][a-z0-9-]*)\"");

	/** Keys the code builds from a prefix and a word. */
	private static final List<String> BUILT_KEYS = List.of("refused.what.region", "refused.what.academic-year",
			"review.verb.explained", "review.verb.accepted", "refused.lacks-columns-sheet",
			"refused.repeated-columns-sheet", "refused.no-header-sheet", "review.done.explained",
			"review.done.accepted", "prune.would-free", "prune.freed", "users.saved", "users.saved-generated",
			"verdict.already-loaded", "verdict.already-loaded-by");

	@Test
	void everyMessageKeyIsInBothBundlesWithTheSameArguments() throws IOException {
		Properties english = load("messages.properties");
		Properties chinese = load("messages_zh.properties");
		Set<String> help = helpKeys();
		Set<String> englishKeys = messageKeys(english, help);
		Set<String> chineseKeys = messageKeys(chinese, help);

		assertThat(chineseKeys).as("keys only in messages.properties").containsAll(englishKeys);
		assertThat(englishKeys).as("keys only in messages_zh.properties").containsAll(chineseKeys);
		for (String key : englishKeys) {
			String en = english.getProperty(key);
			String zh = chinese.getProperty(key);
			// Both parse, and each argument is formatted alike (a number as a number; a
			// plural's choice is the English's own).
			assertThat(formatsOf(zh)).as("the argument formats of %s", key).isEqualTo(formatsOf(en));
			assertThat(arguments(zh)).as("the arguments of %s", key).isEqualTo(arguments(en));
		}
	}

	@Test
	void everyKeyTheCodeNamesIsInBothBundles() throws IOException {
		Properties english = load("messages.properties");
		Properties chinese = load("messages_zh.properties");
		Set<String> named = new TreeSet<>(BUILT_KEYS);
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
				String code = Files.readString(source);
				Matcher workbook = WORKBOOK_KEY_IN_CODE.matcher(code);
				while (workbook.find()) {
					named.add("workbook." + workbook.group(1));
				}
				Matcher key = KEY_IN_CODE.matcher(code);
				while (key.find()) {
					// a prefix ("refused.what." + what) is completed in BUILT_KEYS
					if (!key.group(1).endsWith(".")) {
						named.add(key.group(1));
					}
				}
			}
		}
		assertThat(named).hasSizeGreaterThan(60);
		assertThat(english.stringPropertyNames()).as("keys missing from messages.properties").containsAll(named);
		assertThat(chinese.stringPropertyNames()).as("keys missing from messages_zh.properties").containsAll(named);
	}

	@Test
	void helpIsChineseForEveryCommandAndOptionAndNoHelpKeyIsStale() throws IOException {
		Properties chinese = load("messages_zh.properties");
		CommandLine zh = commandLine(ResourceBundle.getBundle("messages", Locale.SIMPLIFIED_CHINESE));
		Set<String> untranslated = new TreeSet<>();
		visit(zh, spec -> {
			if (!CJK.matcher(String.join(" ", spec.usageMessage().description())).find()) {
				untranslated.add(spec.qualifiedName());
			}
			for (ArgSpec arg : args(spec)) {
				if (!CJK.matcher(String.join(" ", arg.description())).find()) {
					untranslated.add(spec.qualifiedName() + " " + arg);
				}
			}
		});
		assertThat(untranslated).as("commands and options without Chinese help").isEmpty();

		Set<String> help = helpKeys();
		Set<String> stale = new TreeSet<>();
		for (String key : chinese.stringPropertyNames()) {
			if (isHelpShaped(key) && !help.contains(key.replaceFirst("\\.\\d+$", ""))) {
				stale.add(key);
			}
		}
		assertThat(stale).as("help keys that name no command or option").isEmpty();
	}

	@Test
	void helpIsEnglishUnderAnEnglishLocale() {
		CommandLine en = commandLine(ResourceBundle.getBundle("messages", Locale.ROOT,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
		String usage = en.getSubcommands().get("nightly").getUsageMessage();
		assertThat(usage).contains("Usage:", "Loads every complete batch", "Folder of delivered batch folders")
			.doesNotContainPattern(CJK.pattern());
	}

	/** Every key picocli may look up for a command, option or positional parameter. */
	private static Set<String> helpKeys() {
		Set<String> keys = new HashSet<>(List.of("usage.synopsisHeading", "usage.commandListHeading",
				"mixinStandardHelpOptions.help", "mixinStandardHelpOptions.version"));
		visit(commandLine(null), spec -> {
			String command = spec.qualifiedName(".");
			keys.add(command + ".usage.description");
			for (ArgSpec arg : args(spec)) {
				String key = arg instanceof OptionSpec option ? option.longestName().replaceFirst("^-+", "")
						: ((PositionalParamSpec) arg).paramLabel() + "[" + ((PositionalParamSpec) arg).index() + "]";
				keys.add(key);
				keys.add(command + "." + key);
			}
		});
		return keys;
	}

	/** A key in the shape picocli reads, not one of the dotted message families. */
	private static boolean isHelpShaped(String key) {
		return key.startsWith("vocstat.") || key.startsWith("usage.") || key.startsWith("mixinStandardHelpOptions.")
				|| !key.contains(".");
	}

	private static Set<String> messageKeys(Properties bundle, Set<String> help) {
		Set<String> keys = new TreeSet<>();
		for (String key : bundle.stringPropertyNames()) {
			// A column's and a status's English is its name, so only Chinese lists them.
			if (!key.startsWith("column.") && !key.startsWith("status.") && !isHelpShaped(key) && !help.contains(key)) {
				keys.add(key);
			}
		}
		return keys;
	}

	private static Set<String> arguments(String pattern) {
		Set<String> indexes = new TreeSet<>();
		Matcher plain = Pattern.compile("\\{(\\d+)\\}").matcher(pattern);
		while (plain.find()) {
			indexes.add(plain.group(1));
		}
		return indexes;
	}

	private static List<ArgSpec> args(CommandSpec spec) {
		return Stream
			.concat(spec.options().stream().filter(o -> !o.usageHelp() && !o.versionHelp()),
					spec.positionalParameters().stream())
			.map(ArgSpec.class::cast)
			.toList();
	}

	private static CommandLine commandLine(ResourceBundle bundle) {
		CommandLine commandLine = new CommandLine(new VocstatCommand(Object.class, List.of()));
		ServiceLoader.load(ToolCommand.class).forEach(commandLine::addSubcommand);
		if (bundle != null) {
			commandLine.setResourceBundle(bundle);
		}
		return commandLine;
	}

	private static void visit(CommandLine commandLine, java.util.function.Consumer<CommandSpec> action) {
		action.accept(commandLine.getCommandSpec());
		commandLine.getSubcommands().values().stream().distinct().forEach(sub -> visit(sub, action));
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources", name), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	/** The arguments formatted as numbers or dates, and how (a plural's choice aside). */
	private static Map<Integer, String> formatsOf(String pattern) {
		Format[] formats = new MessageFormat(pattern).getFormatsByArgumentIndex();
		Map<Integer, String> typed = new TreeMap<>();
		for (int i = 0; i < formats.length; i++) {
			if (formats[i] != null && !(formats[i] instanceof ChoiceFormat)) {
				typed.put(i, formats[i].getClass().getSimpleName());
			}
		}
		return typed;
	}

}
