package org.pilotage.audit;

import org.pilotage.support.PostgresDatabase;

@PostgresDatabase
class AuditTrailPostgresTests extends AuditTrailContract {
}
