package org.pilotage.estimation.reference;

import org.pilotage.support.H2Database;

@H2Database
class ReferenceDataH2Tests extends ReferenceDataContract {
}
