package org.pilotage.identity;

import org.pilotage.support.PostgresDatabase;

@PostgresDatabase
class TenancyApiPostgresTests extends TenancyApiContract {
}
