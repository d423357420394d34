package org.pilotage.engagement;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.pilotage.engagement.ClientEngagementView.PseudonymousStaffing;
import org.pilotage.engagement.ClientEngagementView.TeamMember;
import org.pilotage.engagement.FreelancerEngagementView.OwnAssignment;
import org.pilotage.engagement.ProviderEngagementView.Assignment;
import org.pilotage.talent.PersonCard;

/**
 * The staffing of an engagement cut to each audience. Who stays hidden from the client: on SUBCONTRACTING every
 * staffed person (the client never deals with the freelancer); on BPO nobody (the client works with the named
 * team); on HYBRID the people who are not members of the provider organization itself.
 */
final class StaffingShapes {

	private StaffingShapes() {
	}

	static boolean hiddenFromClient(Terms terms, PersonCard person) {
		return switch (terms.kind()) {
			case SUBCONTRACTING -> true;
			case BPO -> false;
			case HYBRID -> !person.organizationId().equals(terms.providerOrgId());
		};
	}

	static List<Assignment> forProvider(Terms terms, List<Staffing> rows, Map<UUID, PersonCard> people) {
		return rows.stream().map(row -> {
			PersonCard person = people.get(row.personId());
			BigDecimal contract = contractRate(terms, row.role()).orElse(null);
			BigDecimal margin = contract != null && person.currency().equals(terms.currency())
					? contract.subtract(person.dayRate()) : null;
			return new Assignment(row.id(), person.id(), row.pseudonym(), person.displayName(), person.email(),
					person.organizationId(), row.role(), row.allocationPercent(), row.from(), row.to(),
					person.dayRate(), person.currency(), contract, margin, row.version());
		}).toList();
	}

	static List<PseudonymousStaffing> pseudonymous(Terms terms, List<Staffing> rows, Map<UUID, PersonCard> people) {
		return rows.stream()
			.filter(row -> hiddenFromClient(terms, people.get(row.personId())))
			.map(row -> new PseudonymousStaffing(row.pseudonym(), row.role(), row.allocationPercent(), row.from(),
					row.to()))
			.toList();
	}

	static List<TeamMember> team(Terms terms, List<Staffing> rows, Map<UUID, PersonCard> people) {
		return rows.stream().filter(row -> !hiddenFromClient(terms, people.get(row.personId()))).map(row -> {
			PersonCard person = people.get(row.personId());
			return new TeamMember(person.displayName(), person.email(), row.role(), row.allocationPercent(), row.from(),
					row.to(), person.languages(), person.zone(), person.workStart(), person.workEnd());
		}).toList();
	}

	static List<OwnAssignment> own(List<Staffing> rows, Set<UUID> callersPeople) {
		return rows.stream()
			.filter(row -> callersPeople.contains(row.personId()))
			.map(row -> new OwnAssignment(row.pseudonym(), row.role(), row.allocationPercent(), row.from(), row.to()))
			.toList();
	}

	/** The contract day rate of a role, matched like the rates are keyed: case-insensitively. */
	static Optional<BigDecimal> contractRate(Terms terms, String role) {
		String key = role.strip().toLowerCase(Locale.ROOT);
		return terms.rates()
			.stream()
			.filter(rate -> rate.role().strip().toLowerCase(Locale.ROOT).equals(key))
			.map(Rate::dayRate)
			.filter(Objects::nonNull)
			.findFirst();
	}
}
