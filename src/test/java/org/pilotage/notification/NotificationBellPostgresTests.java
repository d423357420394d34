package org.pilotage.notification;

import org.pilotage.support.PostgresDatabase;

@PostgresDatabase
class NotificationBellPostgresTests extends NotificationBellContract {
}
