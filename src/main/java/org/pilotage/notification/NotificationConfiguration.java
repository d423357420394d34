package org.pilotage.notification;

import java.time.Clock;
import java.util.Properties;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The dispatcher and its SMTP connection, built from {@code pilotage.smtp.*} only when a host is set (so the
 * embedded default keeps its e-mails in the outbox instead of failing them), and the schedule that runs it.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties({ MailSettings.class, MailSettings.SmtpSettings.class })
class NotificationConfiguration {

	@Bean
	MailDispatcher mailDispatcher(MailOutbox outbox, MailSettings settings, MailSettings.SmtpSettings smtp,
			Clock clock) {
		return new MailDispatcher(outbox, smtp.configured() ? sender(smtp, settings) : null, settings, clock);
	}

	private static @Nullable JavaMailSenderImpl sender(MailSettings.SmtpSettings smtp, MailSettings settings) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost(smtp.host());
		sender.setPort(smtp.port());
		sender.setDefaultEncoding("UTF-8");
		Properties properties = new Properties();
		String timeout = Long.toString(settings.smtpTimeout().toMillis());
		properties.setProperty("mail.smtp.connectiontimeout", timeout);
		properties.setProperty("mail.smtp.timeout", timeout);
		properties.setProperty("mail.smtp.writetimeout", timeout);
		// Upgrades to TLS whenever the server offers it; credentials are only sent when a username is set.
		properties.setProperty("mail.smtp.starttls.enable", "true");
		if (smtp.username() != null && !smtp.username().isBlank()) {
			sender.setUsername(smtp.username());
			sender.setPassword(smtp.password());
			properties.setProperty("mail.smtp.auth", "true");
		}
		sender.setJavaMailProperties(properties);
		return sender;
	}

	/** Off with {@code pilotage.mail.dispatcher.enabled=false}, e.g. on instances that should only serve pages. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "pilotage.mail.dispatcher.enabled", havingValue = "true", matchIfMissing = true)
	static class ScheduledDispatch {

		private final MailDispatcher dispatcher;
		private final int batchSize;

		ScheduledDispatch(MailDispatcher dispatcher, MailSettings settings) {
			this.dispatcher = dispatcher;
			this.batchSize = settings.batchSize();
		}

		/** A full batch means more may be due: it goes on at once instead of waiting for the next tick. */
		@Scheduled(fixedDelayString = "${pilotage.mail.poll-interval:5s}", initialDelayString = "${pilotage.mail.poll-interval:5s}")
		void dispatch() {
			int tried;
			do {
				tried = dispatcher.dispatchDue();
			}
			while (tried >= batchSize);
		}
	}
}
