package org.pilotage.governance;

import org.pilotage.support.PostgresDatabase;

@PostgresDatabase
class GovernanceKpisPostgresTests extends GovernanceKpisContract {
}
