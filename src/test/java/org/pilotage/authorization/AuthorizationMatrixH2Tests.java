package org.pilotage.authorization;

import org.pilotage.support.H2Database;

@H2Database
class AuthorizationMatrixH2Tests extends AuthorizationMatrixContract {
}
