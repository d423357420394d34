package org.pilotage.governance;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.pilotage.PilotageApplication;
import org.pilotage.support.SettableClock;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Whole instances of the application started by a test on a database of its own, all reading one clock the test sets,
 * as instances of a cluster read one time: the clock is each context's primary {@link Clock}, so a test moves every
 * instance's "now" at once. Beside its test, like the SLA tests' instances: the support package may not name the
 * application.
 */
final class SharedClockInstances {

	private SharedClockInstances() {
	}

	/** A running instance with these settings ({@code name=value}) on a random port, its clock {@code clock}. */
	static ConfigurableApplicationContext start(SettableClock clock, List<String> settings, String... profiles) {
		// Command-line arguments, because they outrank the properties files (the profile's too) as the environment does.
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
				"--logging.level.org.pilotage=WARN"));
		settings.forEach(setting -> arguments.add("--" + setting));
		return new SpringApplicationBuilder(PilotageApplication.class).profiles(profiles)
			.initializers(context -> ((GenericApplicationContext) context).registerBean("settableClock",
					SettableClock.class, () -> clock, definition -> definition.setPrimary(true)))
			.run(arguments.toArray(String[]::new));
	}
}
