package org.vocstat.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The terminal's language comes from LC_ALL, LC_MESSAGES or LANG, whether or not the
 * machine has that locale generated.
 */
class TerminalLocaleTest {

	private final Locale before = Locale.getDefault();

	@AfterEach
	void restore() {
		Locale.setDefault(before);
	}

	@Test
	void aChineseLangGivesChineseEvenWhenTheJvmDefaultIsEnglish() {
		Locale.setDefault(Locale.US);

		Messages.adoptTerminalLocale(Map.of("LANG", "zh_CN.UTF-8"));

		assertThat(Messages.chinese()).isTrue();
		assertThat(Messages.status("LOADED")).isNotEqualTo("LOADED");
	}

	@Test
	void lcAllOverridesLangAsPosixSays() {
		Locale.setDefault(Locale.SIMPLIFIED_CHINESE);

		Messages.adoptTerminalLocale(Map.of("LC_ALL", "en_US.UTF-8", "LANG", "zh_CN.UTF-8"));

		assertThat(Messages.chinese()).isFalse();
		assertThat(Messages.status("LOADED")).isEqualTo("LOADED");
	}

	@Test
	void theTerminalsCharacterSetComesFromItsLocaleWhetherOrNotTheMachineHasIt() {
		assertThat(Messages.terminalCharset(Map.of("LANG", "zh_CN.UTF-8"))).isEqualTo(StandardCharsets.UTF_8);
		assertThat(Messages.terminalCharset(Map.of("LC_ALL", "zh_CN.utf8", "LANG", "C")))
			.isEqualTo(StandardCharsets.UTF_8);
		assertThat(Messages.terminalCharset(Map.of("LANG", "zh_CN.GB18030"))).isEqualTo(Charset.forName("GB18030"));
		assertThat(Messages.terminalCharset(Map.of("LANG", "C"))).isNull();
		assertThat(Messages.terminalCharset(Map.of())).isNull();
	}

	@Test
	void noLanguageSetLeavesTheJvmDefault() {
		Locale.setDefault(Locale.US);

		Messages.adoptTerminalLocale(Map.of());

		assertThat(Messages.chinese()).isFalse();
	}

}
