package org.pilotage.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import org.jspecify.annotations.Nullable;
import org.pilotage.notification.MailOutbox.OutgoingMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Sends the due e-mails of the outbox. Any number of dispatchers may run, in one instance or several: each row
 * is claimed by one of them at a time. A row is marked SENT after the SMTP server accepted it; if the process
 * dies in between, the claim expires and the e-mail goes again with the same Message-ID, so the one duplicate
 * a crash can cause is recognisable by mail clients. Without an SMTP server nothing is claimed.
 */
class MailDispatcher {

	private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

	private final MailOutbox outbox;
	private final @Nullable JavaMailSenderImpl sender;
	private final MailSettings settings;
	private final Clock clock;

	MailDispatcher(MailOutbox outbox, @Nullable JavaMailSenderImpl sender, MailSettings settings, Clock clock) {
		this.outbox = outbox;
		this.sender = sender;
		this.settings = settings;
		this.clock = clock;
	}

	boolean canSend() {
		return sender != null;
	}

	/** Claims and sends what is due now; answers how many e-mails were tried. */
	int dispatchDue() {
		if (sender == null) {
			return 0;
		}
		Instant now = clock.instant();
		UUID token = UUID.randomUUID();
		List<OutgoingMail> claimed = outbox.claim(token, now, now.plus(settings.claimLease()), settings.batchSize());
		for (OutgoingMail mail : claimed) {
			deliver(sender, mail, token);
		}
		return claimed.size();
	}

	private void deliver(JavaMailSenderImpl sender, OutgoingMail mail, UUID token) {
		try {
			sender.send(message(sender, mail));
			outbox.markSent(mail.id(), token, clock.instant());
		}
		catch (MailException | MessagingException failure) {
			int failures = mail.attempts() + 1;
			String error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
			if (failures >= settings.maxAttempts()) {
				log.warn("E-mail {} to {} failed {} times and is given up: {}", mail.id(), mail.recipient(), failures, error);
				outbox.markFailed(mail.id(), token, clock.instant(), error);
			}
			else {
				log.info("E-mail {} failed (attempt {}), tried again later: {}", mail.id(), failures, error);
				outbox.markRetry(mail.id(), token, clock.instant().plus(settings.backoff().after(failures)), error);
			}
		}
	}

	private MimeMessage message(JavaMailSenderImpl sender, OutgoingMail mail) throws MessagingException {
		String messageId = "<" + mail.id() + "@pilotage>";
		MimeMessage message = new MimeMessage(sender.getSession()) {
			@Override
			protected void updateMessageID() throws MessagingException {
				setHeader("Message-ID", messageId);
			}
		};
		message.setFrom(new InternetAddress(settings.from()));
		message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(mail.recipient()));
		message.setSubject(mail.subject(), "UTF-8");
		Notice.Attachment attachment = mail.attachment();
		if (attachment == null) {
			message.setText(mail.body(), "UTF-8");
		}
		else {
			MimeBodyPart text = new MimeBodyPart();
			text.setText(mail.body(), "UTF-8");
			MimeBodyPart file = new MimeBodyPart();
			file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
			file.setFileName(attachment.name());
			file.setDisposition(Part.ATTACHMENT);
			MimeMultipart parts = new MimeMultipart();
			parts.addBodyPart(text);
			parts.addBodyPart(file);
			message.setContent(parts);
		}
		message.setSentDate(java.util.Date.from(clock.instant()));
		return message;
	}
}
