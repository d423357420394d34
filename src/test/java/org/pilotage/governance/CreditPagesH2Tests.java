package org.pilotage.governance;

import org.pilotage.support.H2Database;

@H2Database
class CreditPagesH2Tests extends CreditPagesContract {
}
