package org.pilotage.notification;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The outbox's delivery settings ({@code pilotage.mail.*}); defaults in {@code application.properties}. The SMTP
 * server itself is {@code pilotage.smtp.*}, see {@link MailSettings.SmtpSettings}.
 *
 * @param from the sender address of every e-mail
 * @param pollInterval how often a dispatcher looks for due e-mails
 * @param batchSize how many e-mails one look claims
 * @param maxAttempts after so many failed attempts an e-mail is FAILED and left for an administrator
 * @param claimLease how long a claim holds before another dispatcher may take the row (a dead dispatcher's)
 * @param smtpTimeout connect, read and write timeout towards the SMTP server; keep well under the lease
 */
@ConfigurationProperties("pilotage.mail")
record MailSettings(@DefaultValue("pilotage@localhost") String from, @DefaultValue("5s") Duration pollInterval,
		@DefaultValue("20") int batchSize, @DefaultValue("10") int maxAttempts, @DefaultValue("30s") Duration retryInitial,
		@DefaultValue("1h") Duration retryMax, @DefaultValue("2m") Duration claimLease,
		@DefaultValue("10s") Duration smtpTimeout) {

	Backoff backoff() {
		return new Backoff(retryInitial, retryMax);
	}

	/** The SMTP server: no host means no e-mail is sent; they wait in the outbox. */
	@ConfigurationProperties("pilotage.smtp")
	record SmtpSettings(@Nullable String host, @DefaultValue("587") int port, @Nullable String username,
			@Nullable String password) {

		boolean configured() {
			return host != null && !host.isBlank();
		}
	}
}
