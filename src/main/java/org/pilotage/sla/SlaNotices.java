package org.pilotage.sla;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.pilotage.engagement.Audience;
import org.pilotage.engagement.EngagementAccess;
import org.pilotage.engagement.Engagements;
import org.pilotage.identity.Caller;
import org.pilotage.identity.Role;
import org.pilotage.identity.UserContacts;
import org.pilotage.notification.Notice;
import org.pilotage.notification.Notifications;
import org.pilotage.sla.SlaEvents.SlaAtRisk;
import org.pilotage.sla.SlaEvents.SlaBreached;
import org.pilotage.sla.SlaEvents.SlaDeadlineEvent;
import org.pilotage.work.WorkItems;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Who hears of a deadline that fired, in the transaction that fires it (so the deadline is marked fired if and only
 * if its notices and their e-mails are stored): the item's assignee, the provider's managers, and for a breach the
 * client's administrators. An OLA metric is the provider's own matter: nobody on the client's side hears of it.
 * Each recipient is checked as if it called now, so someone who may no longer see the engagement hears nothing.
 * A notice names the item by number and title, the metric, its goal and instant, and never a person, so a client
 * is never told a freelancer's name.
 */
@Component
class SlaNotices {

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

	private final WorkItems items;
	private final Engagements engagements;
	private final UserContacts contacts;
	private final Notifications notifications;
	private final MessageSource messages;

	SlaNotices(WorkItems items, Engagements engagements, UserContacts contacts, Notifications notifications,
			MessageSource messages) {
		this.items = items;
		this.engagements = engagements;
		this.contacts = contacts;
		this.notifications = notifications;
		this.messages = messages;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(SlaAtRisk event) {
		tell(event, "at-risk", false);
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(SlaBreached event) {
		tell(event, "breached", true);
	}

	private void tell(SlaDeadlineEvent event, String kind, boolean clientAdministrators) {
		WorkItems.NoticeSubject item = items.noticeSubject(event.itemId()).orElse(null);
		Caller platform = Caller.platform();
		if (item == null || engagements.audience(platform, event.engagementId()).isEmpty()) {
			return;
		}
		EngagementAccess engagement = engagements.access(platform, event.engagementId());
		boolean internal = SlaEvents.internal(event.metric());
		Set<UUID> recipients = new LinkedHashSet<>();
		if (item.assigneeUserId() != null) {
			recipients.add(item.assigneeUserId());
		}
		contacts.holding(engagement.providerOrgId(), Role.PROVIDER_MANAGER).forEach(c -> recipients.add(c.userId()));
		if (clientAdministrators && !internal) {
			contacts.holding(engagement.clientOrgId(), Role.CLIENT_ADMIN).forEach(c -> recipients.add(c.userId()));
		}
		recipients.stream()
			.filter(user -> mayHear(user, event.engagementId(), internal))
			.forEach(user -> send(event, item, kind, user));
	}

	/** Whether the user sees the engagement now, and for an OLA metric is not on the client's side. */
	private boolean mayHear(UUID user, UUID engagementId, boolean internal) {
		return contacts.asCaller(user)
			.flatMap(caller -> engagements.audience(caller, engagementId))
			.filter(audience -> !internal || audience != Audience.CLIENT)
			.isPresent();
	}

	private void send(SlaDeadlineEvent event, WorkItems.NoticeSubject item, String kind, UUID recipient) {
		Locale locale = contacts.language(recipient);
		Object[] args = { "#" + item.number(), item.title(), metric(event.metric(), locale), item.priority().name(),
				goal(event.goalSeconds()), MINUTE.format(event.dueAt()) };
		String subject = messages.getMessage("notification.sla." + kind + ".subject", args, locale);
		String body = messages.getMessage("notification.sla." + kind + ".body", args, locale);
		notifications.notify(new Notice(dedupKey(event, kind), recipient, "sla." + kind, subject, body,
				"/work-items/" + item.id(), true));
	}

	/** One notice per deadline and recipient, however often the event is delivered. */
	private static String dedupKey(SlaDeadlineEvent event, String kind) {
		return "sla:" + kind + ":" + event.itemId() + ":" + event.metric() + ":" + event.cycle();
	}

	/** The metric's name in the reader's language; an OLA metric is its client metric's name marked as the OLA. */
	String metric(String metric, Locale locale) {
		if (SlaEvents.internal(metric)) {
			String base = metric.substring("OLA_".length());
			return messages.getMessage("sla.deadline.ola", new Object[] { metric(base, locale) }, metric, locale);
		}
		return messages.getMessage("sla.deadline.metric." + metric, null, metric, locale);
	}

	/** A goal in business time, as hours and minutes ("4 h", "2 h 30 min", "45 min", "30 s"). */
	static String goal(long seconds) {
		long hours = seconds / 3600;
		long minutes = seconds % 3600 / 60;
		if (hours == 0 && minutes == 0) {
			return seconds + " s";
		}
		if (hours == 0) {
			return minutes + " min";
		}
		return minutes == 0 ? hours + " h" : hours + " h " + minutes + " min";
	}
}
