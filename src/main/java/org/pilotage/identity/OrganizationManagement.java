package org.pilotage.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.shared.PageResult;
import org.pilotage.shared.Paging;
import org.pilotage.shared.Problem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organizations as seen by a caller: a platform admin sees and creates them all, a member sees its own,
 * and an organization's admin edits its profile. An organization the caller may not see does not exist
 * for it (404), so ids cannot be probed.
 */
@Service
@Transactional
public class OrganizationManagement {

	public record OrganizationData(@Nullable String name, @Nullable OrganizationKind kind, @Nullable String country,
			@Nullable String timeZone) implements java.io.Serializable {
	}

	/**
	 * What another module may know of any organization: its id, name and kind. It is how a party names its
	 * counterparty, so it carries nothing else (no country, zone, members or version).
	 */
	public record OrganizationSummary(UUID id, String name, OrganizationKind kind) {

		static OrganizationSummary of(Organization organization) {
			return new OrganizationSummary(organization.id(), organization.name(), organization.kind());
		}
	}

	private final Organizations organizations;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	OrganizationManagement(Organizations organizations, ApplicationEventPublisher events, Clock clock) {
		this.organizations = organizations;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public PageResult<Organization> list(Caller caller, Paging paging) {
		var visible = caller.isPlatformAdmin() ? null : caller.organizationIds();
		return PageResult.of(organizations.page(visible, paging), paging, organizations.count(visible));
	}

	@Transactional(readOnly = true)
	public List<Organization> mine(Caller caller) {
		return organizations.findAllById(caller.organizationIds());
	}

	/**
	 * Every organization of the given kinds, by name: the directory a client picks its provider from and a
	 * provider its client. Not scoped by caller, on purpose: a counterparty must be found before any
	 * engagement links the two.
	 */
	@Transactional(readOnly = true)
	public List<OrganizationSummary> directory(Collection<OrganizationKind> kinds) {
		return organizations.findAllByKind(kinds).stream().map(OrganizationSummary::of).toList();
	}

	/** Id, name and kind of the organizations with these ids that exist, by name. */
	@Transactional(readOnly = true)
	public List<OrganizationSummary> summaries(Collection<UUID> ids) {
		return organizations.findAllById(ids).stream().map(OrganizationSummary::of).toList();
	}

	@Transactional(readOnly = true)
	public Organization get(Caller caller, UUID id) {
		if (!caller.isPlatformAdmin() && !caller.isMemberOf(id)) {
			throw Problem.notFound("Organization");
		}
		return organizations.findById(id).orElseThrow(() -> Problem.notFound("Organization"));
	}

	public Organization create(Caller caller, OrganizationData data) {
		if (!caller.isPlatformAdmin()) {
			throw Problem.forbidden("Only a platform administrator creates organizations");
		}
		return create(Actor.of(caller), data);
	}

	Organization create(Actor actor, OrganizationData data) {
		String name = Validation.name("name", data.name(), 200);
		if (data.kind() == null) {
			throw Problem.invalid("kind", "kind", "must be CLIENT, PROVIDER or FREELANCER");
		}
		String country = Validation.country(data.country());
		String zone = Validation.timeZone(data.timeZone());
		if (organizations.existsByName(name)) {
			throw Problem.conflict("duplicate-name", "An organization with this name already exists");
		}
		Instant now = clock.instant();
		Organization organization = new Organization(UUID.randomUUID(), data.kind(), name, country, zone, now, now, 0);
		organizations.insert(organization);
		events.publishEvent(new IdentityEvents.OrganizationCreated(actor, organization.id(), name, data.kind()));
		return organization;
	}

	/** Changes name, country and time zone; the kind never changes. {@code expectedVersion} guards lost updates. */
	public Organization update(Caller caller, UUID id, long expectedVersion, OrganizationData data) {
		Organization current = get(caller, id);
		if (!caller.administers(id)) {
			throw Problem.forbidden("Only the organization's administrators may change it");
		}
		if (current.version() != expectedVersion) {
			throw Problem.staleVersion();
		}
		String name = Validation.name("name", data.name(), 200);
		String country = Validation.country(data.country());
		String zone = Validation.timeZone(data.timeZone());
		if (data.kind() != null && data.kind() != current.kind()) {
			throw Problem.invalid("kind", "immutable", "cannot be changed");
		}
		if (!Organizations.key(name).equals(Organizations.key(current.name())) && organizations.existsByName(name)) {
			throw Problem.conflict("duplicate-name", "An organization with this name already exists");
		}
		if (!organizations.update(id, expectedVersion, name, country, zone, clock.instant())) {
			throw Problem.staleVersion();
		}
		events.publishEvent(new IdentityEvents.OrganizationUpdated(Actor.of(caller), id,
				describe(current.name(), current.country(), current.timeZone()), describe(name, country, zone)));
		return organizations.findById(id).orElseThrow();
	}

	private static String describe(String name, String country, String zone) {
		return "name=" + name + ", country=" + country + ", timeZone=" + zone;
	}
}
