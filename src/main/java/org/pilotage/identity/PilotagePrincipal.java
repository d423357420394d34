package org.pilotage.identity;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The authenticated user as Spring Security holds it (in the session for pages, per request for API
 * tokens). Only the id matters to the modules: {@link CurrentCaller} reloads memberships per request.
 */
final class PilotagePrincipal implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final UUID id;
	private final String email;
	private final String displayName;
	private @Nullable String passwordHash;
	private final boolean enabled;
	private final boolean locked;
	private final List<SimpleGrantedAuthority> authorities;

	PilotagePrincipal(UserAccount user, List<Membership> memberships, boolean locked) {
		this.id = user.id();
		this.email = user.email();
		this.displayName = user.displayName();
		this.passwordHash = user.passwordHash();
		this.enabled = user.enabled();
		this.locked = locked;
		this.authorities = memberships.stream()
			.map(m -> m.role().authority())
			.distinct()
			.map(SimpleGrantedAuthority::new)
			.toList();
	}

	UUID id() {
		return id;
	}

	String displayName() {
		return displayName;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return authorities;
	}

	@Override
	public @Nullable String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public String toString() {
		return "PilotagePrincipal[" + email + "]";
	}
}
