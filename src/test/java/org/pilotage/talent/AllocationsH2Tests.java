package org.pilotage.talent;

import org.pilotage.support.H2Database;

@H2Database
class AllocationsH2Tests extends AllocationsContract {
}
