package org.pilotage.governance;

import org.pilotage.support.H2Database;

@H2Database
class SupplierScorecardH2Tests extends SupplierScorecardContract {
}
