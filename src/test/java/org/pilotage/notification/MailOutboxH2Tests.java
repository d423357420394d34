package org.pilotage.notification;

import org.pilotage.support.H2Database;

@H2Database
class MailOutboxH2Tests extends MailOutboxContract {
}
