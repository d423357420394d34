package org.pilotage.governance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.governance.EngagementRisk.ExitReadiness;
import org.pilotage.governance.EngagementRisk.KeyPerson;
import org.pilotage.governance.EngagementRisk.KnowledgeCoverage;
import org.pilotage.governance.EngagementRisk.PersonWork;
import org.pilotage.governance.RiskInputs.Contract;
import org.pilotage.governance.RiskInputs.ExitFacts;
import org.pilotage.governance.RiskWarning.Level;
import org.pilotage.governance.VendorRisk.ProviderSpend;

/**
 * Dependency and control risk as a pure function of its inputs, without Spring or a database, so that a warning on a
 * page can be recomputed by hand from the items, the time and the plans it came from:
 *
 * <ul>
 * <li>key-person concentration: the share of the resolved items held by the person who resolved the most (by the
 * assignee at the last resolution), the share of the logged minutes of the person who logged the most, and the
 * smallest number of people who together resolved half of the items;</li>
 * <li>knowledge coverage: the share of the resolved items linked to at least one article or runbook;</li>
 * <li>exit readiness: 25 points for each of a plan on file, a data-return format, a rehearsal less than a year old
 * and a named successor;</li>
 * <li>vendor concentration: the share of a client's spend, per currency, that goes to its biggest provider.</li>
 * </ul>
 *
 * Shares are percents rounded half up to two decimals, compared with their thresholds as rounded; a share of nothing
 * has no value and raises no warning. Ties go to the person with more of the other figure, then to the smaller id, so
 * the same inputs always name the same person.
 */
public final class DependencyRisk {

	/** A year of fees when a term has no end. */
	static final int OPEN_TERM_MONTHS = 12;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private DependencyRisk() {
	}

	/** The engagement's figures and the warnings of those past their thresholds. */
	public static EngagementRisk of(RiskInputs inputs, RiskThresholds thresholds, LocalDate today) {
		KeyPerson keyPerson = keyPerson(inputs);
		KnowledgeCoverage knowledge = coverage(inputs);
		ExitReadiness exit = inputs.exit() == null ? null : exitReadiness(inputs.exit(), today);
		List<RiskWarning> warnings = new ArrayList<>();
		above(RiskWarning.KEY_PERSON_ITEMS, keyPerson.topItemsShare(), thresholds.keyPersonWarning(),
				thresholds.keyPersonCritical(), warnings);
		above(RiskWarning.KEY_PERSON_TIME, keyPerson.topTimeShare(), thresholds.keyPersonWarning(),
				thresholds.keyPersonCritical(), warnings);
		if (knowledge.percent() != null) {
			below(RiskWarning.KNOWLEDGE_COVERAGE, knowledge.percent(), thresholds.coverageWarning(),
					thresholds.coverageCritical(), warnings);
		}
		if (exit != null) {
			below(RiskWarning.EXIT_READINESS, BigDecimal.valueOf(exit.score()), thresholds.exitWarning(),
					thresholds.exitCritical(), warnings);
		}
		return new EngagementRisk(keyPerson, knowledge, exit, warnings);
	}

	static KeyPerson keyPerson(RiskInputs inputs) {
		Map<UUID, Integer> items = inputs.resolved().byPerson();
		int unassigned = inputs.resolved().unassigned();
		int resolved = inputs.resolved().total();
		long logged = inputs.minutesByPerson().values().stream().mapToLong(Long::longValue).sum();
		Set<UUID> everyone = new HashSet<>(items.keySet());
		inputs.minutesByPerson().forEach((person, minutes) -> {
			if (minutes > 0) {
				everyone.add(person);
			}
		});
		List<PersonWork> people = new ArrayList<>();
		for (UUID person : everyone) {
			int own = items.getOrDefault(person, 0);
			long minutes = inputs.minutesByPerson().getOrDefault(person, 0L);
			people.add(new PersonWork(person, own, percent(own, resolved), minutes, percent(minutes, logged)));
		}
		Comparator<PersonWork> byItems = Comparator.comparingInt(PersonWork::items)
			.reversed()
			.thenComparing(Comparator.comparingLong(PersonWork::minutes).reversed())
			.thenComparing(PersonWork::person);
		people.sort(byItems);
		PersonWork topByItems = people.isEmpty() || people.get(0).items() == 0 ? null : people.get(0);
		PersonWork topByTime = people.stream()
			.filter(person -> person.minutes() > 0)
			.min(Comparator.comparingLong(PersonWork::minutes)
				.reversed()
				.thenComparing(Comparator.comparingInt(PersonWork::items).reversed())
				.thenComparing(PersonWork::person))
			.orElse(null);
		return new KeyPerson(resolved, unassigned, logged, people, topByItems == null ? null : topByItems.person(),
				topByItems == null ? null : topByItems.itemsShare(), topByTime == null ? null : topByTime.person(),
				topByTime == null ? null : topByTime.timeShare(), peopleForHalf(people, resolved));
	}

	/** The fewest people whose resolved items make at least half of them, or null when none can. */
	private static @Nullable Integer peopleForHalf(List<PersonWork> mostFirst, int resolved) {
		int covered = 0;
		int people = 0;
		for (PersonWork person : mostFirst) {
			if (2 * covered >= resolved || person.items() == 0) {
				break;
			}
			covered += person.items();
			people++;
		}
		return resolved > 0 && 2 * covered >= resolved ? people : null;
	}

	static KnowledgeCoverage coverage(RiskInputs inputs) {
		int resolved = inputs.resolved().total();
		int linked = inputs.resolved().linked();
		return new KnowledgeCoverage(resolved, linked, percent(linked, resolved));
	}

	/**
	 * Exit readiness on {@code today}: 25 points each for a plan on file, a data-return format, a rehearsal less than
	 * a year old (after the same day a year before; a day in the future counts as not rehearsed) and a successor.
	 */
	public static ExitReadiness exitReadiness(ExitFacts facts, LocalDate today) {
		LocalDate rehearsal = facts.lastRehearsal();
		boolean recent = rehearsal != null && rehearsal.isAfter(today.minusYears(1)) && !rehearsal.isAfter(today);
		int score = 25 * ((facts.planOnFile() ? 1 : 0) + (facts.dataReturnFormat() ? 1 : 0) + (recent ? 1 : 0)
				+ (facts.successorNamed() ? 1 : 0));
		return new ExitReadiness(score, facts.planOnFile(), facts.dataReturnFormat(), recent, facts.successorNamed());
	}

	/**
	 * What a client spends on an engagement, in its currency: its budget, plus its monthly fee for every month of its
	 * term (from its start to its end, a month begun counting whole; {@value #OPEN_TERM_MONTHS} months when the term
	 * has no start or no end). Either may be absent; neither is a spend of zero.
	 */
	public static BigDecimal spend(@Nullable BigDecimal budget, @Nullable BigDecimal monthlyFee,
			@Nullable LocalDate start, @Nullable LocalDate end) {
		BigDecimal spend = budget == null ? BigDecimal.ZERO : budget;
		if (monthlyFee != null) {
			spend = spend.add(monthlyFee.multiply(BigDecimal.valueOf(termMonths(start, end))));
		}
		return spend;
	}

	/** The months from {@code start} to {@code end} inclusive, a month begun counting whole; at least one. */
	static long termMonths(@Nullable LocalDate start, @Nullable LocalDate end) {
		if (start == null || end == null) {
			return OPEN_TERM_MONTHS;
		}
		if (end.isBefore(start)) {
			return 1;
		}
		java.time.Period term = java.time.Period.between(start, end.plusDays(1));
		return Math.max(1, term.toTotalMonths() + (term.getDays() > 0 ? 1 : 0));
	}

	/**
	 * A client's vendor concentration, one figure per currency (in the order of the currencies' names): the spend with
	 * each provider, the biggest first, and the warning of the biggest share past its threshold.
	 */
	public static List<VendorRisk> vendors(List<Contract> contracts, RiskThresholds thresholds) {
		Map<String, Map<UUID, List<Contract>>> byCurrency = new TreeMap<>();
		for (Contract contract : contracts) {
			byCurrency.computeIfAbsent(contract.currency(), currency -> new LinkedHashMap<>())
				.computeIfAbsent(contract.provider(), provider -> new ArrayList<>())
				.add(contract);
		}
		List<VendorRisk> figures = new ArrayList<>();
		byCurrency.forEach((currency, byProvider) -> {
			BigDecimal total = byProvider.values()
				.stream()
				.flatMap(List::stream)
				.map(Contract::spend)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			List<ProviderSpend> providers = new ArrayList<>();
			byProvider.forEach((provider, own) -> {
				BigDecimal spend = own.stream().map(Contract::spend).reduce(BigDecimal.ZERO, BigDecimal::add);
				providers.add(new ProviderSpend(provider, spend, own.size(), share(spend, total)));
			});
			providers.sort(Comparator.comparing(ProviderSpend::spend)
				.reversed()
				.thenComparing(Comparator.comparingInt(ProviderSpend::engagements).reversed())
				.thenComparing(ProviderSpend::provider));
			BigDecimal top = providers.get(0).share();
			List<RiskWarning> warning = new ArrayList<>();
			above(RiskWarning.VENDOR_CONCENTRATION, top, thresholds.vendorWarning(), thresholds.vendorCritical(),
					warning);
			figures.add(new VendorRisk(currency, total, providers, top, warning.isEmpty() ? null : warning.get(0)));
		});
		return figures;
	}

	/** {@code part} of {@code whole} in percent, two decimals half up; null of nothing. */
	static @Nullable BigDecimal percent(long part, long whole) {
		return whole == 0 ? null
				: BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
	}

	private static @Nullable BigDecimal share(BigDecimal part, BigDecimal whole) {
		return whole.signum() == 0 ? null : part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
	}

	/** A warning when {@code value} is above the warning threshold, critical above the critical one. */
	private static void above(String code, @Nullable BigDecimal value, int warning, int critical,
			List<RiskWarning> warnings) {
		if (value == null) {
			return;
		}
		if (value.compareTo(BigDecimal.valueOf(critical)) > 0) {
			warnings.add(new RiskWarning(code, Level.CRITICAL, value, critical));
		}
		else if (value.compareTo(BigDecimal.valueOf(warning)) > 0) {
			warnings.add(new RiskWarning(code, Level.WARNING, value, warning));
		}
	}

	/** A warning when {@code value} is below the warning threshold, critical below the critical one. */
	private static void below(String code, BigDecimal value, int warning, int critical, List<RiskWarning> warnings) {
		if (value.compareTo(BigDecimal.valueOf(critical)) < 0) {
			warnings.add(new RiskWarning(code, Level.CRITICAL, value, critical));
		}
		else if (value.compareTo(BigDecimal.valueOf(warning)) < 0) {
			warnings.add(new RiskWarning(code, Level.WARNING, value, warning));
		}
	}
}
