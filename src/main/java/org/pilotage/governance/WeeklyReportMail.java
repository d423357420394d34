package org.pilotage.governance;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.pilotage.engagement.Audience;
import org.pilotage.engagement.EngagementAccess;
import org.pilotage.engagement.Engagements;
import org.pilotage.governance.WeeklyReportStore.Archived;
import org.pilotage.identity.Caller;
import org.pilotage.identity.Role;
import org.pilotage.identity.UserContacts;
import org.pilotage.notification.Notice;
import org.pilotage.notification.Notifications;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Sends a generated report to the engagement's stakeholders through the notification module's outbox, in the
 * transaction that archives it: the client's administrators and the provider's managers (the provider itself when it
 * is a freelancer holding the contract), each checked as if it called now and none on a freelancer's side of a
 * mission. Each gets an in-app notification and an e-mail in its own language with the report's PDF in that language
 * attached and the address of the report's page.
 */
@Component
class WeeklyReportMail {

	private final Engagements engagements;
	private final UserContacts contacts;
	private final Notifications notifications;
	private final MessageSource messages;
	private final String publicUrl;

	WeeklyReportMail(Engagements engagements, UserContacts contacts, Notifications notifications,
			MessageSource messages, @Value("${pilotage.public-url:}") String publicUrl) {
		this.engagements = engagements;
		this.contacts = contacts;
		this.notifications = notifications;
		this.messages = messages;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	/** The stakeholders who hear of the engagement's reports now. */
	Set<UUID> recipients(UUID engagementId) {
		EngagementAccess access = engagements.access(Caller.platform(), engagementId);
		Set<UUID> recipients = new LinkedHashSet<>();
		contacts.holding(access.clientOrgId(), Role.CLIENT_ADMIN).forEach(c -> recipients.add(c.userId()));
		contacts.holding(access.providerOrgId(), Role.PROVIDER_MANAGER).forEach(c -> recipients.add(c.userId()));
		contacts.holding(access.providerOrgId(), Role.FREELANCER).forEach(c -> recipients.add(c.userId()));
		recipients.removeIf(user -> contacts.asCaller(user)
			.flatMap(caller -> engagements.audience(caller, engagementId))
			.filter(audience -> audience != Audience.FREELANCER)
			.isEmpty());
		return recipients;
	}

	void send(Archived archived) {
		WeeklyReport report = archived.report();
		String path = "/engagements/" + archived.engagementId() + "/reports/" + archived.week();
		for (UUID recipient : recipients(archived.engagementId())) {
			Locale locale = WeeklyReports.language(contacts.language(recipient));
			Object[] args = { report.engagementTitle(), report.week(), report.monday().toString(),
					report.sunday().toString(), publicUrl + path };
			String subject = messages.getMessage("governance.report.mail.subject", args, locale);
			String body = messages.getMessage("governance.report.mail.body", args, locale);
			byte[] pdf = WeeklyReportPdf.write(report, archived.revision(), messages, locale);
			notifications.notify(new Notice("weekly-report:" + archived.id(), recipient, "governance.weekly-report",
					subject, body, path, true, new Notice.Attachment(fileName(archived), MediaType.APPLICATION_PDF_VALUE,
							pdf)));
		}
	}

	/** The file name of a report's PDF: {@code weekly-report-2026-W48.pdf}, the revision added after the first. */
	static String fileName(Archived archived) {
		return "weekly-report-" + archived.week() + (archived.revision() > 1 ? "-r" + archived.revision() : "")
				+ ".pdf";
	}
}
