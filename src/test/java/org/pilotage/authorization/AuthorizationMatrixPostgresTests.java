package org.pilotage.authorization;

import org.pilotage.support.PostgresDatabase;

@PostgresDatabase
class AuthorizationMatrixPostgresTests extends AuthorizationMatrixContract {
}
