package org.pilotage.estimation.reference;

import org.pilotage.support.PostgresDatabase;

@PostgresDatabase
class ReferenceDataPostgresTests extends ReferenceDataContract {
}
