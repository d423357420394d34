package org.pilotage.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.pilotage.governance.KpiFigure.AgeBucket;

/** Every KPI is defined in both languages, and the documentation says exactly what the screens will say. */
class KpiCatalogueTest {

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = KpiCatalogueTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	private static List<String> keys() {
		List<String> keys = new ArrayList<>();
		for (Kpi kpi : Kpi.values()) {
			keys.add(kpi.nameKey());
			keys.add(kpi.definitionKey());
		}
		for (Kpi.Unit unit : Kpi.Unit.values()) {
			keys.add("governance.kpi.unit." + unit.name().toLowerCase(Locale.ROOT));
		}
		for (Kpi.Direction direction : Kpi.Direction.values()) {
			keys.add("governance.kpi.direction." + direction.name().toLowerCase(Locale.ROOT).replace('_', '-'));
		}
		for (AgeBucket bucket : AgeBucket.values()) {
			keys.add(bucket.messageKey());
		}
		return keys;
	}

	@Test
	void everyKpiUnitDirectionAndAgeIsWordedInEnglishAndFrench() throws IOException {
		Properties english = bundle("governance");
		Properties french = bundle("governance_fr");
		for (String key : keys()) {
			assertThat(english.getProperty(key)).as(key).isNotBlank();
			assertThat(french.getProperty(key)).as(key).isNotBlank();
		}
		assertThat(french.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
		assertThat(english.stringPropertyNames()).allSatisfy(key -> assertThat(key).startsWith("governance.kpi."));
	}

	@Test
	void theDocumentationHoldsEveryDefinitionWordForWord() throws IOException {
		String doc = Files.readString(Path.of("docs/governance/KPIS.md"));
		Properties english = bundle("governance");
		Properties french = bundle("governance_fr");
		for (Kpi kpi : Kpi.values()) {
			assertThat(doc).as(kpi.code()).contains("`" + kpi.code() + "`");
			assertThat(doc).as(kpi.code() + " in English").contains(english.getProperty(kpi.definitionKey()));
			assertThat(doc).as(kpi.code() + " in French").contains(french.getProperty(kpi.definitionKey()));
		}
	}

	@Test
	void codesAreStableKebabCaseNames() {
		assertThat(Kpi.SLA_COMPLIANCE.code()).isEqualTo("sla-compliance");
		assertThat(Kpi.LOGGED_TIME_VS_BUDGET.definitionKey()).isEqualTo("governance.kpi.logged-time-vs-budget.definition");
		assertThat(Kpi.BACKLOG.isRatio()).isFalse();
		assertThat(Kpi.CSAT.isRatio()).isTrue();
	}
}
