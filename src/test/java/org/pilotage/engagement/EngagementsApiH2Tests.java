package org.pilotage.engagement;

import org.pilotage.support.H2Database;

@H2Database
class EngagementsApiH2Tests extends EngagementsApiContract {
}
