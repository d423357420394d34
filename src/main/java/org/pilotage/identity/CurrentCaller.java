package org.pilotage.identity;

import java.util.Optional;

import org.pilotage.shared.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Who is calling, with memberships read from the database once per request, so that a role granted or
 * revoked takes effect at once for every module's scoping.
 */
@Component
public class CurrentCaller {

	private static final String CACHE = CurrentCaller.class.getName();

	private final UserContacts users;

	CurrentCaller(UserContacts users) {
		this.users = users;
	}

	public Caller require() {
		return find().orElseThrow(() -> new Problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "Sign in first"));
	}

	public Optional<Caller> find() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof PilotagePrincipal principal)) {
			return Optional.empty();
		}
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null && request.getAttribute(CACHE, RequestAttributes.SCOPE_REQUEST) instanceof Caller cached
				&& cached.userId().equals(principal.id())) {
			return Optional.of(cached);
		}
		Optional<Caller> caller = users.asCaller(principal.id());
		if (request != null) {
			caller.ifPresent(c -> request.setAttribute(CACHE, c, RequestAttributes.SCOPE_REQUEST));
		}
		return caller;
	}
}
