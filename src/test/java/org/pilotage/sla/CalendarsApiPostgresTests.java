package org.pilotage.sla;

import org.pilotage.support.PostgresDatabase;

@PostgresDatabase
class CalendarsApiPostgresTests extends CalendarsApiContract {
}
