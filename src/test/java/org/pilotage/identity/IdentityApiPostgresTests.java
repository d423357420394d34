package org.pilotage.identity;

import org.pilotage.support.PostgresDatabase;

@PostgresDatabase
class IdentityApiPostgresTests extends IdentityApiContract {
}
