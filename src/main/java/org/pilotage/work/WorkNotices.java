package org.pilotage.work;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.pilotage.engagement.Audience;
import org.pilotage.engagement.EngagementAccess;
import org.pilotage.engagement.Engagements;
import org.pilotage.identity.Caller;
import org.pilotage.identity.Role;
import org.pilotage.identity.UserContacts;
import org.pilotage.notification.Notice;
import org.pilotage.notification.Notifications;
import org.pilotage.talent.PersonCard;
import org.pilotage.talent.TalentDirectory;
import org.pilotage.work.WorkEvents.CommentAdded;
import org.pilotage.work.WorkEvents.DeliverableAccepted;
import org.pilotage.work.WorkEvents.DeliverableRejected;
import org.pilotage.work.WorkEvents.DeliverableSubmitted;
import org.pilotage.work.WorkEvents.WorkItemAssigned;
import org.pilotage.work.WorkEvents.WorkItemEvent;
import org.pilotage.work.WorkEvents.WorkItemStatusChanged;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Who hears of a change, in the change's own transaction (so a change and its notices commit together, and the
 * outbox mails them even after a crash). The assignee hears of an assignment, a client's reply and a
 * deliverable's review; the client's administrators of a deliverable handed in for review; the requester and the
 * watchers of a status change; the watchers of a comment; whoever a comment @mentions of the mention. Before
 * anything is sent, the recipient is checked as if it called now: someone who may no longer see the engagement
 * hears nothing, and an internal comment or its mention never reaches the client's side. A notice names the item
 * by number and title and never its actor, so a client is never told a freelancer's name. Nobody is notified of
 * their own change.
 */
@Component
class WorkNotices {

	/** {@code @} after a space or at the start, then a handle: an e-mail address or a hyphenated pseudonym. */
	private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}._%+-])@([\\p{L}\\p{N}._%+@-]+)");

	private final WorkStore items;
	private final Engagements engagements;
	private final TalentDirectory talent;
	private final UserContacts contacts;
	private final Notifications notifications;
	private final MessageSource messages;

	WorkNotices(WorkStore items, Engagements engagements, TalentDirectory talent, UserContacts contacts,
			Notifications notifications, MessageSource messages) {
		this.items = items;
		this.engagements = engagements;
		this.talent = talent;
		this.contacts = contacts;
		this.notifications = notifications;
		this.messages = messages;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(WorkItemAssigned event) {
		if (event.toPersonId() != null) {
			assigneeUser(event.toPersonId()).ifPresent(user -> send(event, user, "assigned", null, false));
		}
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(CommentAdded event) {
		boolean internal = event.visibility() != Visibility.CLIENT;
		String comment = event.commentId().toString();
		Set<UUID> told = new LinkedHashSet<>(mentioned(event));
		told.forEach(user -> send(event, user, "mention", comment, internal));
		if (event.side() == Side.CLIENT && !internal) {
			assignee(event).filter(user -> !told.contains(user)).ifPresent(user -> {
				told.add(user);
				send(event, user, "client-reply", comment, false);
			});
		}
		items.watchers(event.itemId())
			.stream()
			.map(WorkStore.Watcher::userId)
			.filter(user -> !told.contains(user))
			.forEach(user -> send(event, user, "comment", comment, internal));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(WorkItemStatusChanged event) {
		items.find(event.itemId()).ifPresent(item -> {
			Set<UUID> recipients = new LinkedHashSet<>();
			recipients.add(item.requesterUserId());
			items.watchers(item.id()).forEach(watcher -> recipients.add(watcher.userId()));
			recipients.forEach(user -> send(event, user, "status", event.to().name(), false));
		});
	}

	/** The client's administrators review what is handed in; its other users watch the item if they want to. */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(DeliverableSubmitted event) {
		contacts.holding(event.organizationId(), Role.CLIENT_ADMIN)
			.stream()
			.map(UserContacts.Contact::userId)
			.forEach(user -> send(event, user, "submitted", String.valueOf(event.submission()), false));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(DeliverableAccepted event) {
		assignee(event).ifPresent(user -> send(event, user, "accepted", String.valueOf(event.submission()), false));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(DeliverableRejected event) {
		assignee(event).ifPresent(user -> send(event, user, "rejected", String.valueOf(event.submission()), false));
	}

	/**
	 * The users a comment mentions: {@code @e-mail} for a user, {@code @Developer-A} (the pseudonym, its space as
	 * a hyphen, any case) for a person of the engagement. Handles that name nobody stay plain text; whether a
	 * mentioned user may see the comment is checked when it is sent, like for anyone else.
	 */
	private Set<UUID> mentioned(CommentAdded event) {
		Set<UUID> users = new LinkedHashSet<>();
		String body = items.comments(event.itemId(), true)
			.stream()
			.filter(comment -> comment.id().equals(event.commentId()))
			.map(WorkStore.Comment::body)
			.findFirst()
			.orElse("");
		Matcher matcher = MENTION.matcher(body);
		EngagementAccess engagement = null;
		while (matcher.find()) {
			String handle = matcher.group(1).replaceAll("[.\\-]+$", "");
			if (handle.contains("@")) {
				contacts.idByEmail(handle).ifPresent(users::add);
				continue;
			}
			if (engagement == null) {
				engagement = engagements.access(Caller.platform(), event.engagementId());
			}
			engagement.people()
				.values()
				.stream()
				.filter(person -> person.pseudonym().replace(' ', '-').equalsIgnoreCase(handle))
				.findFirst()
				.flatMap(person -> assigneeUser(person.personId()))
				.ifPresent(users::add);
		}
		return users;
	}

	private Optional<UUID> assignee(WorkItemEvent event) {
		return items.find(event.itemId())
			.map(WorkItem::assigneePersonId)
			.flatMap(this::assigneeUser);
	}

	private Optional<UUID> assigneeUser(@Nullable UUID personId) {
		return personId == null ? Optional.empty() : talent.person(personId).map(PersonCard::userId);
	}

	/**
	 * Whether the user may hear of something on the engagement now: it sees the engagement (as the API would
	 * answer it), and for something internal it is not on the client's side.
	 */
	private boolean mayHear(UUID user, UUID engagementId, boolean internal) {
		return contacts.asCaller(user)
			.flatMap(caller -> engagements.audience(caller, engagementId))
			.filter(audience -> !internal || audience != Audience.CLIENT)
			.isPresent();
	}

	void send(WorkItemEvent event, UUID recipient, String kind, @Nullable String detail, boolean internal) {
		if (recipient.equals(event.actorId()) || !mayHear(recipient, event.engagementId(), internal)) {
			return;
		}
		WorkItem item = items.find(event.itemId()).orElse(null);
		if (item == null) {
			return;
		}
		Locale locale = contacts.language(recipient);
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
