package org.pilotage.identity;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account for {@code pilotage.security.lockout} after {@code pilotage.security.max-failed-logins}
 * wrong passwords in a row, through the form or the token endpoint alike. The counter lives in the
 * database, so it holds across instances and restarts; a successful login resets it.
 */
@Component
class LoginProtection {

	private static final Logger log = LoggerFactory.getLogger(LoginProtection.class);

	private final Users users;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final int maxFailures;
	private final Duration lockout;

	LoginProtection(Users users, ApplicationEventPublisher events, Clock clock,
			@Value("${pilotage.security.max-failed-logins}") int maxFailures,
			@Value("${pilotage.security.lockout}") Duration lockout) {
		this.users = users;
		this.events = events;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.lockout = lockout;
	}

	@EventListener
	@Transactional
	public void onFailure(AuthenticationFailureBadCredentialsEvent failure) {
		recordFailure(failure.getAuthentication().getName());
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent success) {
		if (success.getAuthentication().getPrincipal() instanceof PilotagePrincipal principal) {
			users.resetFailedLogins(principal.id());
		}
	}

	@Transactional
	public void recordFailure(String email) {
		users.findByEmail(email).ifPresent(user -> {
			int failures = users.recordFailedLogin(user.id());
			if (failures >= maxFailures) {
				users.lockUntil(user.id(), clock.instant().plus(lockout));
				log.warn("Locked {} for {} after {} failed logins", user.email(), lockout, failures);
				events.publishEvent(new IdentityEvents.UserLockedOut(user.id(), user.email(), failures));
			}
		});
	}

	@Transactional
	public void recordSuccess(UserAccount user) {
		users.resetFailedLogins(user.id());
	}
}
