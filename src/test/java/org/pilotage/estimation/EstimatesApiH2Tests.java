package org.pilotage.estimation;

import org.pilotage.support.H2Database;

@H2Database
class EstimatesApiH2Tests extends EstimatesApiContract {
}
