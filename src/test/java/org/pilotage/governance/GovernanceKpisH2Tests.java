package org.pilotage.governance;

import org.pilotage.support.H2Database;

@H2Database
class GovernanceKpisH2Tests extends GovernanceKpisContract {
}
