package org.pilotage.engagement;

import org.pilotage.support.H2Database;

@H2Database
class StaffingPagesH2Tests extends StaffingPagesContract {
}
