package org.pilotage.audit;

import org.pilotage.support.H2Database;

@H2Database
class AuditTrailH2Tests extends AuditTrailContract {
}
