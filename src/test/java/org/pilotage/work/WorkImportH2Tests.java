package org.pilotage.work;

import org.pilotage.support.H2Database;

@H2Database
class WorkImportH2Tests extends WorkImportContract {
}
