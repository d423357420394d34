package org.pilotage.work;

import org.pilotage.support.H2Database;

@H2Database
class WorkItemsH2Tests extends WorkItemsContract {
}
