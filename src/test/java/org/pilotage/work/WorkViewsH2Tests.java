package org.pilotage.work;

import org.pilotage.support.H2Database;

@H2Database
class WorkViewsH2Tests extends WorkViewsContract {
}
