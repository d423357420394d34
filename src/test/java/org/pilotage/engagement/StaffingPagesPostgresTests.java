package org.pilotage.engagement;

import org.pilotage.support.PostgresDatabase;

@PostgresDatabase
class StaffingPagesPostgresTests extends StaffingPagesContract {
}
