package org.pilotage.talent.matching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * Talent search: hard criteria decide who is eligible, weighted soft criteria rank the eligible. The score
 * is out of 100: nice-to-have coverage 40, rate fit 25, overlap margin 20, seniority margin 15. A soft
 * criterion the need does not state gives every candidate its full points, so the scale stays the same and
 * the order is left to the other criteria. Equal scores are ordered by day rate in euros, then display name,
 * then id, so the same input always gives the same order whatever order the candidates came in.
 */
public final class Matcher {

	public static final String MUST_HAVE = "must-have skills";
	public static final String SENIORITY = "seniority";
	public static final String MAXIMUM_RATE = "maximum rate";
	public static final String AVAILABILITY = "availability";
	public static final String OVERLAP = "overlap";
	public static final String LANGUAGES = "languages";
	public static final String NICE_TO_HAVE = "nice-to-have skills";
	public static final String RATE_FIT = "rate fit";
	public static final String OVERLAP_MARGIN = "overlap margin";
	public static final String SENIORITY_MARGIN = "seniority margin";

	static final Set<String> HARD = Set.of(MUST_HAVE, SENIORITY, MAXIMUM_RATE, AVAILABILITY, OVERLAP, LANGUAGES);

	static final BigDecimal NICE_TO_HAVE_WEIGHT = BigDecimal.valueOf(40);
	static final BigDecimal RATE_FIT_WEIGHT = BigDecimal.valueOf(25);
	static final BigDecimal OVERLAP_MARGIN_WEIGHT = BigDecimal.valueOf(20);
	static final BigDecimal SENIORITY_MARGIN_WEIGHT = BigDecimal.valueOf(15);

	/** Overlap above the minimum beyond which more overlap earns nothing more. */
	static final double OVERLAP_MARGIN_SATURATION_HOURS = 4;

	private static final Comparator<Match> RANKING = Comparator.comparing(Match::eligible).reversed()
		.thenComparing(Match::score, Comparator.reverseOrder())
		.thenComparing(Match::dayRateEur, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(match -> match.candidate().displayName())
		.thenComparing(match -> match.candidate().id());

	private Matcher() {
	}

	/** Eligible candidates only, best first. */
	public static List<Match> search(Need need, List<Candidate> candidates, Rates rates, SkillVocabulary skills) {
		return search(need, candidates, rates, skills, false);
	}

	/**
	 * Best first; with {@code includeIneligible}, candidates failing a hard criterion follow the eligible ones
	 * with a score of zero and the failing criteria in {@link Match#failures()}.
	 */
	public static List<Match> search(Need need, List<Candidate> candidates, Rates rates, SkillVocabulary skills,
			boolean includeIneligible) {
		@Nullable BigDecimal maximumEur = maximumRateInEur(need, rates);
		List<Match> matches = new ArrayList<>();
		for (Candidate candidate : candidates) {
			Match match = evaluate(need, candidate, rates, skills, maximumEur);
			if (match.eligible() || includeIneligible) {
				matches.add(match);
			}
		}
		matches.sort(RANKING);
		return List.copyOf(matches);
	}

	private static @Nullable BigDecimal maximumRateInEur(Need need, Rates rates) {
		BigDecimal maximum = need.maximumDayRate();
		String currency = need.maximumRateCurrency();
		if (maximum == null || currency == null) {
			return null;
		}
		BigDecimal eurPerUnit = rates.eurPerUnit(currency);
		if (eurPerUnit == null) {
			throw new IllegalArgumentException("No rate for the maximum's currency " + currency);
		}
		return maximum.multiply(eurPerUnit);
	}

	private static Match evaluate(Need need, Candidate candidate, Rates rates, SkillVocabulary skills,
			@Nullable BigDecimal maximumEur) {
		List<Explanation> explanations = new ArrayList<>();
		Set<String> candidateSkills = skills.canonical(candidate.skills());

		Set<String> missingSkills = new TreeSet<>(skills.canonical(need.mustHave()));
		missingSkills.removeAll(candidateSkills);
		explanations.add(Explanation.hard(MUST_HAVE, missingSkills.isEmpty(),
				missingSkills.isEmpty() ? "all present" : "missing " + String.join(", ", missingSkills)));

		Seniority minimumSeniority = need.minimumSeniority() == null ? Seniority.JUNIOR : need.minimumSeniority();
		explanations.add(Explanation.hard(SENIORITY, candidate.seniority().isAtLeast(minimumSeniority),
				candidate.seniority() + " against at least " + minimumSeniority));

		@Nullable BigDecimal eurPerUnit = rates.eurPerUnit(candidate.currency());
		@Nullable BigDecimal rateEur = eurPerUnit == null ? null : candidate.dayRate().multiply(eurPerUnit);
		if (maximumEur != null) {
			boolean within = rateEur != null && rateEur.compareTo(maximumEur) <= 0;
			String value = rateEur == null ? "no rate for " + candidate.currency()
					: euros(rateEur) + " against at most " + euros(maximumEur);
			explanations.add(Explanation.hard(MAXIMUM_RATE, within, value));
		}

		LocalDate shortDay = firstDayShortOfAllocation(need, candidate);
		explanations.add(Explanation.hard(AVAILABILITY, shortDay == null,
				shortDay == null ? "at least " + need.allocationPercent() + "% free every working day"
						: "only " + freeOn(candidate, shortDay) + "% free on " + shortDay + ", "
								+ need.allocationPercent() + "% needed"));

		@Nullable Double overlapHours = null;
		WorkingHours clientHours = need.clientHours();
		if (clientHours != null) {
			double hours = Overlap.minimumDailyHours(clientHours, candidate.hours(), need.from(), need.to());
			overlapHours = hours;
			explanations.add(Explanation.hard(OVERLAP, hours >= need.minimumOverlapHours(),
					hours(hours) + " a day at least, " + hours(need.minimumOverlapHours()) + " needed"));
		}

		Set<String> spoken = new LinkedHashSet<>();
		candidate.languages().forEach(language -> spoken.add(SkillVocabulary.fold(language)));
		Set<String> missingLanguages = new TreeSet<>();
		need.languages().forEach(language -> missingLanguages.add(SkillVocabulary.fold(language)));
		missingLanguages.removeAll(spoken);
		explanations.add(Explanation.hard(LANGUAGES, missingLanguages.isEmpty(),
				missingLanguages.isEmpty() ? "all spoken" : "missing " + String.join(", ", missingLanguages)));

		boolean eligible = explanations.stream().allMatch(Explanation::matched);
		if (!eligible) {
			return new Match(candidate, false, BigDecimal.ZERO.setScale(1), rateEur, overlapHours, explanations);
		}

		explanations.add(niceToHave(need, candidateSkills, skills));
		explanations.add(rateFit(rateEur, maximumEur));
		explanations.add(overlapMargin(need, overlapHours));
		explanations.add(seniorityMargin(candidate.seniority(), minimumSeniority));
		BigDecimal score = explanations.stream().map(Explanation::points).reduce(BigDecimal.ZERO, BigDecimal::add)
			.setScale(1, RoundingMode.HALF_UP);
		return new Match(candidate, true, score, rateEur, overlapHours, explanations);
	}

	/** Free share of a day: the largest allocation among the periods covering it, none meaning not available. */
	static int freeOn(Candidate candidate, LocalDate date) {
		return candidate.availability().stream().filter(period -> period.covers(date))
			.mapToInt(Availability::allocationPercent).max().orElse(0);
	}

	private static @Nullable LocalDate firstDayShortOfAllocation(Need need, Candidate candidate) {
		for (LocalDate date = need.from(); !date.isAfter(need.to()); date = date.plusDays(1)) {
			boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
			if (!weekend && freeOn(candidate, date) < need.allocationPercent()) {
				return date;
			}
		}
		return null;
	}

	private static Explanation niceToHave(Need need, Set<String> candidateSkills, SkillVocabulary skills) {
		Set<String> wanted = new TreeSet<>(skills.canonical(need.niceToHave()));
		if (wanted.isEmpty()) {
			return new Explanation(NICE_TO_HAVE, true, "none asked", points(NICE_TO_HAVE_WEIGHT, 1));
		}
		Set<String> present = new TreeSet<>(wanted);
		present.retainAll(candidateSkills);
		double share = (double) present.size() / wanted.size();
		return new Explanation(NICE_TO_HAVE, !present.isEmpty(),
				present.size() + " of " + wanted.size() + (present.isEmpty() ? "" : ": " + String.join(", ", present)),
				points(NICE_TO_HAVE_WEIGHT, share));
	}

	private static Explanation rateFit(@Nullable BigDecimal rateEur, @Nullable BigDecimal maximumEur) {
		if (maximumEur == null || rateEur == null) {
			return new Explanation(RATE_FIT, true, "no maximum asked", points(RATE_FIT_WEIGHT, 1));
		}
		BigDecimal under = maximumEur.subtract(rateEur);
		double share = under.divide(maximumEur, 6, RoundingMode.HALF_UP).doubleValue();
		return new Explanation(RATE_FIT, under.signum() > 0,
				euros(under) + " under the maximum (" + Math.round(share * 100) + "%)", points(RATE_FIT_WEIGHT, share));
	}

	private static Explanation overlapMargin(Need need, @Nullable Double overlapHours) {
		if (overlapHours == null) {
			return new Explanation(OVERLAP_MARGIN, true, "no client hours given", points(OVERLAP_MARGIN_WEIGHT, 1));
		}
		double margin = overlapHours - need.minimumOverlapHours();
		double share = Math.min(1, margin / OVERLAP_MARGIN_SATURATION_HOURS);
		return new Explanation(OVERLAP_MARGIN, margin > 0,
				hours(margin) + " above the minimum, full points from " + hours(OVERLAP_MARGIN_SATURATION_HOURS),
				points(OVERLAP_MARGIN_WEIGHT, share));
	}

	private static Explanation seniorityMargin(Seniority seniority, Seniority minimum) {
		int levels = seniority.ordinal() - minimum.ordinal();
		int possible = Seniority.LEAD.ordinal() - minimum.ordinal();
		double share = possible == 0 ? 1 : (double) levels / possible;
		return new Explanation(SENIORITY_MARGIN, levels > 0 || possible == 0,
				levels + " level(s) above " + minimum, points(SENIORITY_MARGIN_WEIGHT, share));
	}

	private static BigDecimal points(BigDecimal weight, double share) {
		double bounded = Math.max(0, Math.min(1, share));
		return weight.multiply(BigDecimal.valueOf(bounded)).setScale(1, RoundingMode.HALF_UP);
	}

	private static String euros(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_UP).toPlainString() + " EUR";
	}

	private static String hours(double hours) {
		return BigDecimal.valueOf(hours).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()
				+ " h";
	}
}
