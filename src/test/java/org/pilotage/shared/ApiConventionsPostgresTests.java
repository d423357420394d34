package org.pilotage.shared;

import org.pilotage.support.PostgresDatabase;

@PostgresDatabase
class ApiConventionsPostgresTests extends ApiConventionsContract {
}
