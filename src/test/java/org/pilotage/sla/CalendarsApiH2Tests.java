package org.pilotage.sla;

import org.pilotage.support.H2Database;

@H2Database
class CalendarsApiH2Tests extends CalendarsApiContract {
}
