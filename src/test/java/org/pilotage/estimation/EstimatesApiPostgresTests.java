package org.pilotage.estimation;

import org.pilotage.support.PostgresDatabase;

@PostgresDatabase
class EstimatesApiPostgresTests extends EstimatesApiContract {
}
