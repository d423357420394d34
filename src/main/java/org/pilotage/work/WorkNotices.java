package org.pilotage.work;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.identity.UserContacts;
import org.pilotage.notification.Notice;
import org.pilotage.notification.Notifications;
import org.pilotage.talent.PersonCard;
import org.pilotage.talent.TalentDirectory;
import org.pilotage.work.WorkEvents.CommentAdded;
import org.pilotage.work.WorkEvents.DeliverableAccepted;
import org.pilotage.work.WorkEvents.DeliverableRejected;
import org.pilotage.work.WorkEvents.WorkItemAssigned;
import org.pilotage.work.WorkEvents.WorkItemEvent;
import org.pilotage.work.WorkEvents.WorkItemStatusChanged;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Who hears of a change, in the change's own transaction (so a change and its notices commit together, and the
 * outbox mails them even after a crash). The rules keep to what each recipient may see: the assignee hears of an
 * assignment, a client's reply and a deliverable's review; the requester and the watchers hear of a status
 * change and of a client-visible comment. A notice names
 * the item by number and title and never its actor, so a client is never told a freelancer's name, and an
 * internal comment notifies no one on the client's side. Nobody is notified of their own change.
 */
@Component
class WorkNotices {

	private final WorkStore items;
	private final TalentDirectory talent;
	private final UserContacts contacts;
	private final Notifications notifications;
	private final MessageSource messages;

	WorkNotices(WorkStore items, TalentDirectory talent, UserContacts contacts, Notifications notifications,
			MessageSource messages) {
		this.items = items;
		this.talent = talent;
		this.contacts = contacts;
		this.notifications = notifications;
		this.messages = messages;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(WorkItemAssigned event) {
		if (event.toPersonId() != null) {
			assigneeUser(event.toPersonId()).ifPresent(user -> send(event, user, "assigned", null));
		}
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(CommentAdded event) {
		if (event.visibility() != Visibility.CLIENT) {
			return;
		}
		String comment = event.commentId().toString();
		Optional<UUID> assignee = assignee(event);
		if (event.side() == Side.CLIENT) {
			assignee.ifPresent(user -> send(event, user, "client-reply", comment));
		}
		items.watchers(event.itemId())
			.stream()
			.map(WorkStore.Watcher::userId)
			.filter(user -> event.side() != Side.CLIENT || assignee.filter(user::equals).isEmpty())
			.forEach(user -> send(event, user, "comment", comment));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(WorkItemStatusChanged event) {
		items.find(event.itemId()).ifPresent(item -> {
			Set<UUID> recipients = new LinkedHashSet<>();
			recipients.add(item.requesterUserId());
			items.watchers(item.id()).forEach(watcher -> recipients.add(watcher.userId()));
			recipients.forEach(user -> send(event, user, "status", event.to().name()));
		});
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(DeliverableAccepted event) {
		assignee(event).ifPresent(user -> send(event, user, "accepted", String.valueOf(event.submission())));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(DeliverableRejected event) {
		assignee(event).ifPresent(user -> send(event, user, "rejected", String.valueOf(event.submission())));
	}

	private Optional<UUID> assignee(WorkItemEvent event) {
		return items.find(event.itemId())
			.map(WorkItem::assigneePersonId)
			.flatMap(this::assigneeUser);
	}

	private Optional<UUID> assigneeUser(@Nullable UUID personId) {
		return personId == null ? Optional.empty() : talent.person(personId).map(PersonCard::userId);
	}

	void send(WorkItemEvent event, UUID recipient, String kind, @Nullable String detail) {
		if (recipient.equals(event.actorId())) {
			return;
		}
		WorkItem item = items.find(event.itemId()).orElse(null);
		if (item == null) {
			return;
		}
		Locale locale = contacts.find(recipient)
			.map(UserContacts.Contact::locale)
			.filter(tag -> tag != null && !tag.isBlank())
			.map(Locale::forLanguageTag)
			.orElse(Locale.ENGLISH);
		String key = "#" + item.number();
		Object[] args = { key, item.title(), detail == null ? "" : label(detail, locale) };
		String subject = messages.getMessage("work.notify." + kind + ".subject", args, locale);
		String body = messages.getMessage("work.notify." + kind + ".body", args, locale);
		notifications.notify(new Notice("work:" + kind + ":" + item.id() + ":" + event.at() + ":" + (detail == null ? "" : detail),
				recipient, "work." + kind, subject, body, "/work-items/" + item.id(), true));
	}

	/** A status is shown by its translated name; other details (a submission number) as they are. */
	private String label(String detail, Locale locale) {
		return messages.getMessage("work.status." + detail, null, detail, locale);
	}
}
