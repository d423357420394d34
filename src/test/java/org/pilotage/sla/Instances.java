package org.pilotage.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.pilotage.PilotageApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Whole instances of the application started by a test on a database of its own, as an operator would run them. */
final class Instances {

	private Instances() {
	}

	/** A running instance with these settings ({@code name=value}), without demo data, on a random port. */
	static ConfigurableApplicationContext start(List<String> settings, String... profiles) {
		// Command-line arguments, because they outrank the properties files (the profile's too) as the environment does.
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--pilotage.demo=false",
				"--spring.main.banner-mode=off", "--logging.level.org.pilotage=WARN"));
		settings.forEach(setting -> arguments.add("--" + setting));
		return new SpringApplicationBuilder(PilotageApplication.class).profiles(profiles)
			.run(arguments.toArray(String[]::new));
	}

	static SlaDeadlines deadlines(ConfigurableApplicationContext instance) {
		return instance.getBean(SlaDeadlines.class);
	}

	static HeardDeadlines heard(ConfigurableApplicationContext instance) {
		return instance.getBean(HeardDeadlines.class);
	}

	static String name(ConfigurableApplicationContext instance) {
		return instance.getBean(DeadlineScheduler.class).instance();
	}

	static long count(ConfigurableApplicationContext instance, String sql, Object... params) {
		JdbcClient.StatementSpec statement = instance.getBean(JdbcClient.class).sql(sql);
		for (Object param : params) {
			statement = statement.param(param);
		}
		return statement.query(Long.class).single();
	}

	/** Who fired the item's one deadline, or null while it has not fired. */
	static String firedBy(ConfigurableApplicationContext instance, UUID item) {
		return instance.getBean(JdbcClient.class)
			.sql("SELECT fired_by FROM sla_deadlines WHERE item_id = ?")
			.param(item)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	static void await(Duration timeout, BooleanSupplier condition) throws InterruptedException {
		Instant until = Instant.now().plus(timeout);
		while (!condition.getAsBoolean() && Instant.now().isBefore(until)) {
			Thread.sleep(50);
		}
		assertThat(condition.getAsBoolean()).as("within " + timeout).isTrue();
	}
}
