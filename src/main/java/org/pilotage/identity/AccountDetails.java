package org.pilotage.identity;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads a user for the login form, with its roles as authorities and its lock-out state. */
@Service
class AccountDetails implements UserDetailsService {

	private final Users users;
	private final Memberships memberships;
	private final Clock clock;

	AccountDetails(Users users, Memberships memberships, Clock clock) {
		this.users = users;
		this.memberships = memberships;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		UserAccount user = users.findByEmail(email).orElseThrow(() -> new UsernameNotFoundException("unknown"));
		return principal(user);
	}

	PilotagePrincipal principal(UserAccount user) {
		return new PilotagePrincipal(user, memberships.ofUser(user.id()), user.lockedAt(clock.instant()));
	}
}
