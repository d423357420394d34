package org.pilotage.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The labels of the knowledge base and of the dependency risk exist in English and in French with the same keys, every
 * warning has its message, and a message with arguments writes its apostrophes doubled, so that it prints them.
 */
class KnowledgeAndRiskLabelsTest {

	static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = KnowledgeAndRiskLabelsTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	@ParameterizedTest
	@ValueSource(strings = { "governance-kb", "governance-risk", "governance-scorecard" })
	void bothLanguagesHaveTheSameKeysAndNoEmptyLabel(String name) throws IOException {
		Properties english = bundle(name);
		Properties french = bundle(name + "_fr");

		assertThat(french.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
		for (Properties labels : List.of(english, french)) {
			labels.forEach((key, value) -> assertThat(value.toString()).as(key.toString()).isNotBlank());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "governance-risk", "governance-risk_fr", "governance-kb", "governance-kb_fr",
			"governance-scorecard", "governance-scorecard_fr" })
	void aMessageWithArgumentsPrintsItsApostrophesAndItsArguments(String name) throws IOException {
		Properties labels = bundle(name);
		for (String key : labels.stringPropertyNames()) {
			String pattern = labels.getProperty(key);
			if (!pattern.contains("{0")) {
				assertThat(pattern).as(key + " has no argument: its apostrophes stay single").doesNotContain("''");
				continue;
			}
			String printed = new MessageFormat(pattern, Locale.FRENCH).format(new Object[] { 80, 75, 3, 4 });
			assertThat(printed).as(key).doesNotContain("{").contains("80");
			assertThat(printed.chars().filter(c -> c == '\'').count()).as(key)
				.isEqualTo(pattern.chars().filter(c -> c == '\'').count() / 2);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "governance-risk", "governance-risk_fr" })
	void everyWarningAndLevelHasItsMessage(String name) throws IOException {
		Properties labels = bundle(name);
		for (String code : List.of(RiskWarning.KEY_PERSON_ITEMS, RiskWarning.KEY_PERSON_TIME,
				RiskWarning.KNOWLEDGE_COVERAGE, RiskWarning.EXIT_READINESS, RiskWarning.VENDOR_CONCENTRATION)) {
			assertThat(labels.getProperty(new RiskWarning(code, RiskWarning.Level.WARNING, java.math.BigDecimal.ONE, 1)
				.messageKey())).as(code).isNotBlank();
		}
		for (RiskWarning.Level level : RiskWarning.Level.values()) {
			assertThat(labels.getProperty("governance.risk.level." + level)).as(level.name()).isNotBlank();
		}
	}
}
