package org.pilotage.talent;

import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.pilotage.identity.OrganizationKind;

/**
 * An organization's party profile: its business hours in its zone, its languages and contacts. Name, kind and
 * country are identity's and shown read-only. Until first saved the profile is the default one (version 0):
 * the organization's time zone, 09:00–18:00, no languages, no contacts.
 */
record PartyProfile(UUID organizationId, String organizationName, OrganizationKind kind, String country, String zone,
		@JsonFormat(pattern = "HH:mm") LocalTime workStart,
		@JsonFormat(pattern = "HH:mm") LocalTime workEnd, List<String> languages, List<Contact> contacts, long version) {

	static final LocalTime DEFAULT_START = LocalTime.of(9, 0);
	static final LocalTime DEFAULT_END = LocalTime.of(18, 0);

	PartyProfile {
		languages = List.copyOf(languages);
		contacts = List.copyOf(contacts);
	}

	record Contact(String name, @Nullable String role, @Nullable String email, @Nullable String phone) {
	}

	String summary() {
		return "zone=" + zone + " " + workStart + "-" + workEnd + ", languages=" + languages + ", contacts="
				+ contacts.stream().map(Contact::name).toList();
	}
}
