package org.pilotage.shared;

import org.pilotage.support.H2Database;

@H2Database
class ApiConventionsH2Tests extends ApiConventionsContract {
}
