package org.pilotage.notification;

import org.pilotage.support.PostgresDatabase;

@PostgresDatabase
class MailOutboxPostgresTests extends MailOutboxContract {
}
