package org.pilotage.talent;

import org.pilotage.support.H2Database;

@H2Database
class PeopleApiH2Tests extends PeopleApiContract {
}
