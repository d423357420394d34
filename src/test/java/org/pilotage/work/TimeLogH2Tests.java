package org.pilotage.work;

import org.pilotage.support.H2Database;

@H2Database
class TimeLogH2Tests extends TimeLogContract {
}
