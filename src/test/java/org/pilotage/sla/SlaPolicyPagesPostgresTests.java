package org.pilotage.sla;

import org.pilotage.support.PostgresDatabase;

@PostgresDatabase
class SlaPolicyPagesPostgresTests extends SlaPolicyPagesContract {
}
