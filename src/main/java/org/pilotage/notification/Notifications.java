package org.pilotage.notification;

import java.time.Clock;
import java.util.UUID;

import org.pilotage.identity.UserContacts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells people about something, in the transaction of the change that caused it: the in-app notification
 * and its e-mail's outbox row commit with that change or not at all. Called from a module's event
 * listener; see {@code docs/notification/NOTIFICATIONS.md} for which listener to use.
 */
@Service
public class Notifications {

	private final NotificationStore store;
	private final MailOutbox outbox;
	private final UserContacts contacts;
	private final Clock clock;

	Notifications(NotificationStore store, MailOutbox outbox, UserContacts contacts, Clock clock) {
		this.store = store;
		this.outbox = outbox;
		this.contacts = contacts;
		this.clock = clock;
	}

	/**
	 * Stores the notice for its recipient and, when asked and the recipient has an enabled account, queues
	 * its e-mail. A notice whose key this recipient already has is ignored. Refuses to run outside a
	 * transaction: on its own it could commit a notification for a change that is then rolled back.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void notify(Notice notice) {
		UUID id = UUID.randomUUID();
		if (!store.insertIfNew(id, notice, clock.instant())) {
			return;
		}
		if (notice.email()) {
			contacts.find(notice.recipientUserId())
				.ifPresent(contact -> outbox.enqueue(id, contact.email(), notice.subject(), notice.body(), notice.attachment(),
						clock.instant()));
		}
	}
}
