package org.pilotage.talent.matching;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SkillAliasesTests {

	final SkillVocabulary vocabulary = SkillVocabulary.of(Map.of(
			"Kubernetes", Set.of("k8s", "kube"),
			"PostgreSQL", Set.of("postgres", "psql"),
			"Modélisation", Set.of("modeling")));

	@Test
	void anAliasInAnyCaseLeadsToItsCanonicalSkill() {
		assertThat(vocabulary.canonical("K8S")).isEqualTo("Kubernetes");
		assertThat(vocabulary.canonical("  Postgres ")).isEqualTo("PostgreSQL");
		assertThat(vocabulary.canonical("kubernetes")).isEqualTo("Kubernetes");
	}

	@Test
	void accentsDoNotMatterEitherWay() {
		assertThat(vocabulary.canonical("modelisation")).isEqualTo("Modélisation");
		assertThat(vocabulary.canonical("MODÉLISATION")).isEqualTo("Modélisation");
	}

	@Test
	void aFreeTagPassesThroughFoldedSoThatTwoSpellingsStillMeet() {
		assertThat(vocabulary.canonical("Event  Storming")).isEqualTo("event storming");
		assertThat(vocabulary.canonical("Café Métier")).isEqualTo(vocabulary.canonical("cafe metier"));
	}

	@Test
	void aTermClaimedByTwoSkillsIsRefusedRatherThanResolvedByChance() {
		assertThatIllegalArgumentException().isThrownBy(() -> SkillVocabulary.of(Map.of(
				"PostgreSQL", Set.of("pg"),
				"Pangolin", Set.of("PG"))));
	}
}
