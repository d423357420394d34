package org.pilotage.sla;

import org.pilotage.support.H2Database;

@H2Database
class SlaViewsH2Tests extends SlaViewsContract {
}
