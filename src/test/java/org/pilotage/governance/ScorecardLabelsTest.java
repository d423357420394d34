package org.pilotage.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/**
 * Every component of the scorecard has its name and its rule in English and in French, and both refusals of the page
 * their message. {@link KnowledgeAndRiskLabelsTest} checks the bundle's keys and apostrophes with the others.
 */
class ScorecardLabelsTest {

	@Test
	void bothLanguagesNameEveryComponentAndItsRule() throws IOException {
		Properties english = KnowledgeAndRiskLabelsTest.bundle("governance-scorecard");
		Properties french = KnowledgeAndRiskLabelsTest.bundle("governance-scorecard_fr");

		for (Properties labels : List.of(english, french)) {
			for (ScorecardComponent component : ScorecardComponent.values()) {
				assertThat(labels.getProperty(component.nameKey())).as(component.name()).isNotBlank();
				assertThat(labels.getProperty(component.ruleKey())).as(component.name()).isNotBlank();
			}
			assertThat(labels.getProperty("governance.scorecard.invalid.period")).isNotBlank();
			assertThat(labels.getProperty("governance.scorecard.invalid.date")).isNotBlank();
		}
	}
}
