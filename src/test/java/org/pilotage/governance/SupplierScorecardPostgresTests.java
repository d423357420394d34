package org.pilotage.governance;

import org.pilotage.support.PostgresDatabase;

@PostgresDatabase
class SupplierScorecardPostgresTests extends SupplierScorecardContract {
}
