package org.pilotage.sla;

import org.pilotage.support.PostgresDatabase;

@PostgresDatabase
class SlaViewsPostgresTests extends SlaViewsContract {
}
