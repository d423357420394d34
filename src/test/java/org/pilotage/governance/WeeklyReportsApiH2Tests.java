package org.pilotage.governance;

import org.springframework.test.context.TestPropertySource;

/** On an embedded database of its own: the clock of this application is the test's. */
@TestPropertySource(properties = { "pilotage.sla.scheduler.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:pilotage-reports;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class WeeklyReportsApiH2Tests extends WeeklyReportsApiContract {
}
