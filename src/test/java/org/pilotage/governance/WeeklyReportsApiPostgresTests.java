package org.pilotage.governance;

import org.pilotage.support.PostgresDatabase;
import org.springframework.test.context.TestPropertySource;

/** On a PostgreSQL schema of its own: the clock of this application is the test's. */
@PostgresDatabase
@TestPropertySource(properties = { "pilotage.sla.scheduler.enabled=false", "pilotage.test.schema=pilotage_reports" })
class WeeklyReportsApiPostgresTests extends WeeklyReportsApiContract {
}
