package org.pilotage.work;

import org.pilotage.support.PostgresDatabase;

@PostgresDatabase
class WorkViewsPostgresTests extends WorkViewsContract {
}
