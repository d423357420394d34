package org.pilotage.identity;

import org.pilotage.support.H2Database;

@H2Database
class TenancyPagesH2Tests extends TenancyPagesContract {
}
