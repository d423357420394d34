package org.pilotage.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The PostgreSQL of the test run: {@code PILOTAGE_TEST_PG_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/test}), {@code PILOTAGE_TEST_PG_USER} (default {@code postgres})
 * and {@code PILOTAGE_TEST_PG_PASSWORD}. Each JVM gets a fresh schema, dropped when the JVM exits, so runs
 * never see each other's data.
 */
public final class PostgresSchema implements ExecutionCondition, ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final String URL = env("PILOTAGE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
	static final String USER = env("PILOTAGE_TEST_PG_USER", "postgres");
	static final String PASSWORD = env("PILOTAGE_TEST_PG_PASSWORD", "");
	static final String SCHEMA = "pilotage_it_" + ProcessHandle.current().pid();

	private static volatile Boolean prepared;

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (prepare()) {
			return ConditionEvaluationResult.enabled("PostgreSQL reachable at " + URL);
		}
		if ("1".equals(System.getenv("PILOTAGE_REQUIRE_PG"))) {
			throw new IllegalStateException("PILOTAGE_REQUIRE_PG=1 but PostgreSQL is not reachable at " + URL);
		}
		return ConditionEvaluationResult.disabled("PostgreSQL not reachable at " + URL);
	}

	/**
	 * Points the context at the run's schema, or at a fresh schema of its own when the test class names one with the
	 * property {@code pilotage.test.schema} (a test that must not share its data, e.g. one with a clock of its own).
	 */
	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String own = context.getEnvironment().getProperty("pilotage.test.schema");
		if (own != null) {
			TestPropertyValues.of(freshSchema(own)).applyTo(context);
			return;
		}
		String separator = URL.contains("?") ? "&" : "?";
		TestPropertyValues.of("spring.datasource.url=" + URL + separator + "currentSchema=" + SCHEMA,
				"spring.datasource.username=" + USER, "spring.datasource.password=" + PASSWORD,
				"spring.flyway.schemas=" + SCHEMA, "spring.flyway.default-schema=" + SCHEMA)
			.applyTo(context);
	}

	/**
	 * A fresh schema of its own ({@code name} plus this JVM's pid), dropped when the JVM exits, for a test that starts
	 * application contexts itself (several instances on one database): the settings that point one at it, as
	 * {@code name=value} pairs. Call it from a test this extension enabled, so PostgreSQL is reachable.
	 */
	public static java.util.List<String> freshSchema(String name) {
		String schema = name + "_" + ProcessHandle.current().pid();
		try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
			statement.execute("CREATE SCHEMA " + schema);
		}
		catch (SQLException e) {
			throw new IllegalStateException("could not create the schema " + schema, e);
		}
		Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(schema)));
		String separator = URL.contains("?") ? "&" : "?";
		return java.util.List.of("spring.datasource.url=" + URL + separator + "currentSchema=" + schema,
				"spring.datasource.username=" + USER, "spring.datasource.password=" + PASSWORD,
				"spring.flyway.schemas=" + schema, "spring.flyway.default-schema=" + schema);
	}

	private static synchronized boolean prepare() {
		if (prepared == null) {
			try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
					Statement statement = connection.createStatement()) {
				statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
				statement.execute("CREATE SCHEMA " + SCHEMA);
				Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(SCHEMA)));
				prepared = true;
			}
			catch (SQLException unreachable) {
				prepared = false;
			}
		}
		return prepared;
	}

	private static void drop(String schema) {
		try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
		}
		catch (SQLException ignored) {
			// the next run drops stale schemas of its own pid only; nothing else to do
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}
}
