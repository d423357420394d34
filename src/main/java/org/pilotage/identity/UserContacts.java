package org.pilotage.identity;

import java.util.List;
import java.util.Locale;
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
	private final Memberships memberships;

	UserContacts(Users users, Memberships memberships) {
		this.users = users;
		this.memberships = memberships;
	}

	/** The enabled users holding the role in the organization (e.g. the managers who approve a timesheet). */
	@Transactional(readOnly = true)
	public List<Contact> holding(UUID organizationId, Role role) {
		return memberships.ofOrganization(organizationId)
			.stream()
			.filter(m -> m.role() == role)
			.map(m -> find(m.userId()))
			.flatMap(Optional::stream)
			.toList();
	}

	/** Empty for an unknown or disabled user: nobody is written to on a disabled account's behalf. */
	@Transactional(readOnly = true)
	public Optional<Contact> find(UUID userId) {
		return users.findById(userId)
			.filter(UserAccount::enabled)
			.map(user -> new Contact(user.id(), user.email(), user.displayName(), user.locale()));
	}

	/** The language to write to a user in: its preferred one, else English (also for an unknown or disabled user). */
	@Transactional(readOnly = true)
	public Locale language(UUID userId) {
		return find(userId).map(Contact::locale)
			.filter(tag -> tag != null && !tag.isBlank())
			.map(Locale::forLanguageTag)
			.orElse(Locale.ENGLISH);
	}

	/**
	 * The caller an enabled user would be if it signed in now, with its memberships: what a module asks before it
	 * tells a recipient about something, so a notice never reaches someone who may no longer see its subject.
	 */
	@Transactional(readOnly = true)
	public Optional<Caller> asCaller(UUID userId) {
		return users.findById(userId)
			.filter(UserAccount::enabled)
			.map(user -> new Caller(user.id(), user.email(), user.displayName(), memberships.ofUser(user.id())));
	}

	/** The enabled user with this e-mail address (any case), e.g. to resolve an @mention. */
	@Transactional(readOnly = true)
	public Optional<UUID> idByEmail(String email) {
		return users.findByEmail(email.strip())
			.filter(UserAccount::enabled)
			.map(UserAccount::id);
	}

}
