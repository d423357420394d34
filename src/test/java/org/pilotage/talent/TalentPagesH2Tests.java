package org.pilotage.talent;

import org.pilotage.support.H2Database;

@H2Database
class TalentPagesH2Tests extends TalentPagesContract {
}
