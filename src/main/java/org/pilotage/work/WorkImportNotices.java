package org.pilotage.work;

import java.util.Locale;

import org.pilotage.identity.UserContacts;
import org.pilotage.notification.Notice;
import org.pilotage.notification.Notifications;
import org.pilotage.work.WorkImports.WorkItemsImported;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * An import tells one person, once: the importer gets an in-app notice of how many items it created, in the
 * import's transaction. Nobody else hears of imported items (no assignment or status mail per item): an import of
 * thousands must not flood the assignees, who find their work in the lists.
 */
@Component
class WorkImportNotices {

	private final UserContacts contacts;
	private final Notifications notifications;
	private final MessageSource messages;

	WorkImportNotices(UserContacts contacts, Notifications notifications, MessageSource messages) {
		this.contacts = contacts;
		this.notifications = notifications;
		this.messages = messages;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(WorkItemsImported event) {
		if (event.actorId() == null) {
			return;
		}
		Locale locale = contacts.language(event.actorId());
		Object[] args = { event.count(), "#" + event.firstNumber(), "#" + event.lastNumber() };
		notifications.notify(new Notice("work:imported:" + event.engagementId() + ":" + event.at(), event.actorId(),
				"work.imported", messages.getMessage("work.import.notify.subject", args, locale),
				messages.getMessage("work.import.notify.body", args, locale),
				"/engagements/" + event.engagementId() + "/work", false));
	}
}
