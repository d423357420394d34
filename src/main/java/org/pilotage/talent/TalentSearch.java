package org.pilotage.talent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.pilotage.identity.Caller;
import org.pilotage.shared.PageResult;
import org.pilotage.shared.Paging;
import org.pilotage.shared.Problem;
import org.pilotage.talent.matching.Candidate;
import org.pilotage.talent.matching.Match;
import org.pilotage.talent.matching.Matcher;
import org.pilotage.talent.matching.Need;
import org.pilotage.talent.matching.Rates;
import org.pilotage.talent.matching.Seniority;
import org.pilotage.talent.matching.WorkingHours;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Talent search for a provider manager over its pool: its own organization's active people and every active,
 * listed freelancer (a platform administrator searches everyone active). Each candidate's availability is what
 * its periods offer minus what is already allocated, day by day over the window; the ranking and its
 * explanation are the matching kernel's.
 */
@Service
@Transactional(readOnly = true)
class TalentSearch {

	static final int MAX_TERMS = 30;

	private final People people;
	private final Calendars calendars;
	private final Skills skills;
	private final CurrencyRates rates;

	TalentSearch(People people, Calendars calendars, Skills skills, CurrencyRates rates) {
		this.people = people;
		this.calendars = calendars;
		this.skills = skills;
		this.rates = rates;
	}

	PageResult<CandidateView> search(Caller caller, SearchRequest request, Paging paging) {
		if (!Access.searches(caller)) {
			throw Problem.forbidden("Talent search is for provider managers");
		}
		Need need = need(request);
		Rates current = rates.current();
		List<Person> pool = people.pool(caller.isPlatformAdmin() ? null : Access.managedOrganizations(caller));
		Set<UUID> ids = pool.stream().map(Person::id).collect(Collectors.toSet());
		Map<UUID, List<Period>> availability = calendars.availability(ids, need.from(), need.to());
		Map<UUID, List<Period>> allocations = calendars.allocations(ids, need.from(), need.to());
		List<Candidate> candidates = pool.stream().map(person -> candidate(person,
				new FreeTime(availability.getOrDefault(person.id(), List.of()),
						allocations.getOrDefault(person.id(), List.of())),
				need)).toList();
		List<Match> matches = Matcher.search(need, candidates, current, skills.vocabulary(),
				Boolean.TRUE.equals(request.includeIneligible()));
		Map<UUID, Person> byId = pool.stream().collect(Collectors.toMap(Person::id, Function.identity()));
		List<CandidateView> ranked = new ArrayList<>();
		for (int i = 0; i < matches.size(); i++) {
			Match match = matches.get(i);
			ranked.add(CandidateView.of(i + 1, match, byId.get(match.candidate().id())));
		}
		int start = (int) Math.min(paging.offset(), ranked.size());
		int end = Math.min(start + paging.size(), ranked.size());
		return PageResult.of(ranked.subList(start, end), paging, ranked.size());
	}

	private static Candidate candidate(Person person, FreeTime free, Need need) {
		Set<String> terms = new LinkedHashSet<>(person.skills());
		terms.addAll(person.tags());
		return new Candidate(person.id(), person.displayName(), terms, person.seniority(), person.dayRate(),
				person.currency(), new WorkingHours(ZoneId.of(person.zone()), person.workStart(), person.workEnd()),
				Set.copyOf(person.languages()), free.asAvailability(need.from(), need.to()));
	}

	/** Checks every field and builds the kernel's need, or answers 400 naming every bad field. */
	Need need(SearchRequest request) {
		Fields fields = new Fields();
		List<String> mustHave = fields.texts("mustHave", request.mustHave(), MAX_TERMS, 100);
		List<String> niceToHave = fields.texts("niceToHave", request.niceToHave(), MAX_TERMS, 100);
		Seniority seniority = fields.seniority("minimumSeniority", request.minimumSeniority(), false);
		BigDecimal maximum = fields.rate("maximumDayRate", request.maximumDayRate(), false);
		String currency = fields.currency("maximumRateCurrency", request.maximumRateCurrency(), rates, false);
		if (maximum != null && currency == null && request.maximumRateCurrency() == null) {
			currency = "EUR";
		}
		LocalDate from = fields.date("from", request.from());
		LocalDate to = fields.date("to", request.to());
		fields.range("to", from, to);
		if (from != null && to != null && ChronoUnit.DAYS.between(from, to) + 1 > Need.MAXIMUM_WINDOW_DAYS) {
			fields.error("to", "window-too-long", "the window spans at most " + Need.MAXIMUM_WINDOW_DAYS + " days");
		}
		Integer allocation = request.allocationPercent() == null ? Integer.valueOf(100)
				: fields.percent("allocationPercent", request.allocationPercent());
		WorkingHours clientHours = null;
		SearchRequest.ClientHours hours = request.clientHours();
		if (hours != null) {
			String zone = fields.zone("clientHours.zone", hours.zone());
			LocalTime start = fields.time("clientHours.start", hours.start());
			LocalTime end = fields.time("clientHours.end", hours.end());
			fields.hours("clientHours.end", start, end);
			if (zone != null && start != null && end != null && !start.equals(end)) {
				clientHours = new WorkingHours(ZoneId.of(zone), start, end);
			}
		}
		double overlap = 0;
		BigDecimal minimumOverlap = request.minimumOverlapHours();
		if (minimumOverlap != null) {
			if (minimumOverlap.signum() < 0 || minimumOverlap.compareTo(BigDecimal.valueOf(24)) > 0) {
				fields.error("minimumOverlapHours", "out-of-range", "must be between 0 and 24 hours");
			}
			else if (minimumOverlap.signum() > 0 && hours == null) {
				fields.error("minimumOverlapHours", "needs-client-hours", "needs the client's hours (clientHours)");
			}
			else {
				overlap = minimumOverlap.doubleValue();
			}
		}
		List<String> languages = fields.languages("languages", request.languages());
		fields.throwIfAny();
		return new Need(Set.copyOf(mustHave), Set.copyOf(niceToHave), seniority, maximum,
				maximum == null ? null : currency, from, to, allocation, clientHours, overlap, Set.copyOf(languages));
	}

}
