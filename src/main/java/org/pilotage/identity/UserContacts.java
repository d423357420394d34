package org.pilotage.identity;

import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How to reach a user, for modules that tell people about something (notifications) rather than act for a
 * caller: no scoping, so it answers only what a message needs and never leaves the server in an API answer.
 */
@Component
public class UserContacts {

	/** An enabled user's address, name and preferred language (null: the platform's default). */
	public record Contact(UUID userId, String email, String displayName, @Nullable String locale) {
	}

	private final Users users;

	UserContacts(Users users) {
		this.users = users;
	}

	/** Empty for an unknown or disabled user: nobody is written to on a disabled account's behalf. */
	@Transactional(readOnly = true)
	public Optional<Contact> find(UUID userId) {
		return users.findById(userId)
			.filter(UserAccount::enabled)
			.map(user -> new Contact(user.id(), user.email(), user.displayName(), user.locale()));
	}
}
