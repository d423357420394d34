package org.pilotage.talent;

import java.time.Clock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.pilotage.identity.Actor;
import org.pilotage.identity.Caller;
import org.pilotage.identity.Organization;
import org.pilotage.identity.OrganizationManagement;
import org.pilotage.shared.Problem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Party profiles, with identity's rules for the organization: its members (auditors attached to it included)
 * read it, its administrators change it, anyone else gets 404.
 */
@Service
@Transactional
class PartyProfileManagement {

	static final int MAX_CONTACTS = 20;

	private final PartyProfiles profiles;
	private final OrganizationManagement organizations;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	PartyProfileManagement(PartyProfiles profiles, OrganizationManagement organizations,
			ApplicationEventPublisher events, Clock clock) {
		this.profiles = profiles;
		this.organizations = organizations;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	PartyProfile get(Caller caller, UUID organizationId) {
		return of(organizations.get(caller, organizationId));
	}

	/** The stored profile or the default one, without a caller's check (demo data, defaults of a page). */
	PartyProfile of(Organization organization) {
		return profiles.find(organization).orElseGet(() -> new PartyProfile(organization.id(), organization.name(),
				organization.kind(), organization.country(), organization.timeZone(), PartyProfile.DEFAULT_START,
				PartyProfile.DEFAULT_END, List.of(), List.of(), 0));
	}

	PartyProfile update(Caller caller, UUID organizationId, long expectedVersion, PartyProfileRequest request) {
		Organization organization = organizations.get(caller, organizationId);
		if (!caller.administers(organizationId)) {
			throw Problem.forbidden("Only the organization's administrators change its profile");
		}
		PartyProfile current = of(organization);
		if (current.version() != expectedVersion) {
			throw Problem.staleVersion();
		}
		return save(Actor.of(caller), current, request);
	}

	PartyProfile save(Actor actor, PartyProfile current, PartyProfileRequest request) {
		Fields fields = new Fields();
		String zone = fields.zone("zone", request.zone());
		LocalTime start = fields.time("workStart", request.workStart());
		LocalTime end = fields.time("workEnd", request.workEnd());
		fields.hours("workEnd", start, end);
		List<String> languages = fields.languages("languages", request.languages());
		List<PartyProfile.Contact> contacts = new ArrayList<>();
		List<PartyProfileRequest.ContactRequest> rows = request.contacts() == null ? List.of() : request.contacts();
		if (rows.size() > MAX_CONTACTS) {
			fields.error("contacts", "too-many", "at most " + MAX_CONTACTS + " contacts");
		}
		else {
			for (int i = 0; i < rows.size(); i++) {
				String field = "contacts[" + i + "].";
				PartyProfileRequest.ContactRequest row = rows.get(i);
				if (row == null) {
					fields.error("contacts[" + i + "]", "required", "a contact cannot be empty");
					continue;
				}
				String name = fields.text(field + "name", row.name(), 200);
				String role = fields.optionalText(field + "role", row.role(), 100);
				String email = fields.email(field + "email", row.email(), false);
				String phone = fields.optionalText(field + "phone", row.phone(), 40);
				if (name != null) {
					contacts.add(new PartyProfile.Contact(name, role, email, phone));
				}
			}
		}
		fields.throwIfAny();
		PartyProfile next = new PartyProfile(current.organizationId(), current.organizationName(), current.kind(),
				current.country(), zone, start, end, languages, contacts, current.version() + 1);
		try {
			if (!profiles.save(next, current.version(), clock.instant())) {
				throw Problem.staleVersion();
			}
		}
		catch (DuplicateKeyException firstWriteRace) {
			throw Problem.staleVersion();
		}
		events.publishEvent(new PartyProfileChanged(actor.id(), actor.label(), current.organizationId(),
				"before: " + current.summary() + "; after: " + next.summary()));
		return next;
	}
}
