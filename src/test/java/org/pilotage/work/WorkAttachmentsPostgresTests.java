package org.pilotage.work;

import org.pilotage.support.PostgresDatabase;

@PostgresDatabase
class WorkAttachmentsPostgresTests extends WorkAttachmentsContract {
}
