package org.pilotage.work;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.pilotage.identity.Role;
import org.pilotage.identity.UserContacts;
import org.pilotage.notification.Notice;
import org.pilotage.notification.Notifications;
import org.pilotage.talent.PersonCard;
import org.pilotage.talent.TalentDirectory;
import org.pilotage.work.TimeEvents.TimesheetMoved;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Who hears of a timesheet's move, in the move's own transaction: the provider's managers of a submitted week, the
 * person of an approved or returned one (with the reason). Nobody is told of their own move.
 */
@Component
class TimeNotices {

	private final TalentDirectory talent;
	private final UserContacts contacts;
	private final Notifications notifications;
	private final MessageSource messages;

	TimeNotices(TalentDirectory talent, UserContacts contacts, Notifications notifications, MessageSource messages) {
		this.talent = talent;
		this.contacts = contacts;
		this.notifications = notifications;
		this.messages = messages;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(TimesheetMoved event) {
		String person = talent.person(event.personId()).map(PersonCard::displayName).orElse("?");
		Set<UUID> recipients = new LinkedHashSet<>();
		if (event.to() == TimesheetStatus.SUBMITTED) {
			for (Role role : new Role[] { Role.PROVIDER_MANAGER, Role.FREELANCER }) {
				contacts.holding(event.organizationId(), role).forEach(c -> recipients.add(c.userId()));
			}
		}
		else {
			talent.person(event.personId()).map(PersonCard::userId).ifPresent(recipients::add);
		}
		String kind = event.to().name().toLowerCase(Locale.ROOT);
		for (UUID recipient : recipients) {
			if (recipient.equals(event.actorId())) {
				continue;
			}
			Locale locale = contacts.language(recipient);
			Object[] args = { event.week(), person, event.reason() == null ? "" : event.reason() };
			notifications.notify(new Notice("timesheet:" + kind + ":" + event.sheetId() + ":" + event.at(), recipient,
					"timesheet." + kind, messages.getMessage("time.notify." + kind + ".subject", args, locale),
					messages.getMessage("time.notify." + kind + ".body", args, locale),
					"/timesheets?week=" + event.week(), true));
		}
	}
}
