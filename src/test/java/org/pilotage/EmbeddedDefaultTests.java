package org.pilotage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default as a newcomer runs it: an H2 file database created on first start, demo data
 * loaded once, data kept across restarts; and the first administrator created from the environment.
 */
class EmbeddedDefaultTests {

	@TempDir
	Path home;

	@Test
	void theDefaultDatabaseIsAnH2FileUnderData() throws Exception {
		Properties defaults = new Properties();
		try (var in = getClass().getResourceAsStream("/application.properties")) {
			defaults.load(in);
		}

		assertThat(defaults.getProperty("spring.datasource.url"))
			.contains("jdbc:h2:file:./data/pilotage;MODE=PostgreSQL");
		assertThat(defaults.getProperty("pilotage.demo")).isEqualTo("${PILOTAGE_DEMO:true}");
	}

	@Test
	void restartingKeepsTheDataAndLoadsTheDemoOnce() {
		String url = fileUrl();
		try (ConfigurableApplicationContext first = start(url, "pilotage.demo=true")) {
			assertThat(count(first, "organizations")).isEqualTo(4);
			assertThat(count(first, "users")).isEqualTo(8);
		}
		assertThat(Files.exists(home.resolve("data/pilotage.mv.db"))).isTrue();

		try (ConfigurableApplicationContext second = start(url, "pilotage.demo=true")) {
			assertThat(count(second, "organizations")).isEqualTo(4);
			assertThat(count(second, "users")).isEqualTo(8);
			assertThat(second.getBean(org.pilotage.audit.AuditLog.class).verify().valid()).isTrue();
		}
	}

	@Test
	void theFirstPlatformAdministratorComesFromTheEnvironmentOnAnEmptyDatabase() {
		String url = fileUrl();
		String[] settings = { "pilotage.demo=false", "pilotage.admin.email=Root@Example.org",
				"pilotage.admin.password=a-long-enough-secret" };
		try (ConfigurableApplicationContext first = start(url, settings)) {
			JdbcClient jdbc = first.getBean(JdbcClient.class);
			assertThat(count(first, "users")).isEqualTo(1);
			assertThat(jdbc.sql("""
					SELECT m.role FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = 'root@example.org'""")
				.query(String.class).single()).isEqualTo("PLATFORM_ADMIN");
			assertThat(count(first, "organizations")).isZero();
		}
		try (ConfigurableApplicationContext second = start(url, settings)) {
			assertThat(count(second, "users")).isEqualTo(1);
		}
	}

	private String fileUrl() {
		return "jdbc:h2:file:" + home.resolve("data/pilotage").toAbsolutePath()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
	}

	private static ConfigurableApplicationContext start(String url, String... settings) {
		// Command-line arguments, because they outrank application.properties as the environment does.
		java.util.List<String> arguments = new java.util.ArrayList<>(java.util.List.of("--spring.datasource.url=" + url,
				"--server.port=0", "--spring.main.banner-mode=off", "--logging.level.org.pilotage=WARN"));
		for (String setting : settings) {
			arguments.add("--" + setting);
		}
		return new SpringApplicationBuilder(PilotageApplication.class).run(arguments.toArray(String[]::new));
	}

	private static long count(ConfigurableApplicationContext context, String table) {
		return context.getBean(JdbcClient.class).sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}
}
