package org.pilotage.governance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.engagement.Audience;
import org.pilotage.engagement.EngagementStatus;
import org.pilotage.engagement.EngagementView;
import org.pilotage.engagement.Engagements;
import org.pilotage.engagement.Party;
import org.pilotage.governance.RiskViews.WarningView;
import org.pilotage.governance.RiskWarning.Level;
import org.pilotage.governance.SupplierMeasures.Ratio;
import org.pilotage.governance.SupplierMeasures.Risk;
import org.pilotage.governance.SupplierMeasures.Tally;
import org.pilotage.identity.Caller;
import org.pilotage.identity.OrganizationKind;
import org.pilotage.identity.OrganizationManagement;
import org.pilotage.identity.OrganizationManagement.OrganizationSummary;
import org.pilotage.shared.PageResult;
import org.pilotage.shared.Paging;
import org.pilotage.shared.Problem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supplier scorecards from the stored data: per provider organization, the KPI figures of its engagements the caller
 * reads (added up from {@link GovernanceKpis}, each engagement's period in its client's zone) and the dependency-risk
 * warnings of those in force ({@link DependencyRisks}), scored by {@link SupplierScorecard}.
 *
 * <p>Which engagements count: those the caller reads as one of the parties. A client's side compares the providers it
 * works with over its own engagements only; a provider's side (a freelancer that is itself the provider included) reads
 * its own card over all of its engagements; a platform administrator reads every provider over every engagement. A
 * freelancer staffed on an agency's engagement reads no card of that agency: the figures are the parties' business.
 */
@Service
class SupplierScorecards {

	/** The statuses of engagements in force, whose dependency risk counts. */
	private static final Set<EngagementStatus> IN_FORCE = Set.copyOf(DependencyRisks.IN_FORCE);

	/** The kinds of organization that provide services. */
	private static final Set<OrganizationKind> PROVIDERS = EnumSet.of(OrganizationKind.PROVIDER,
			OrganizationKind.FREELANCER);

	/** The cards a caller compares: the period, the one before, the weights and rules, and the cards best first. */
	record Comparison(PeriodView period, PeriodView previous, List<WeightView> weights, List<Card> scorecards) {
	}

	/** One provider's card. */
	record Single(PeriodView period, PeriodView previous, List<WeightView> weights, Card scorecard) {
	}

	/** Local days {@code [from, to)}, in each engagement's client's zone. */
	record PeriodView(String kind, LocalDate from, LocalDate to) {
	}

	/** A component's weight and the rule turning its figure into points, in the caller's language. */
	record WeightView(String component, String name, BigDecimal weight, String rule) {
	}

	/**
	 * A provider's card: its score (null when nothing was measured), its place among the cards compared (none on a
	 * card read alone), whether components without data left their weight to the others, the previous period's
	 * score, and each component.
	 */
	record Card(UUID providerId, String provider, int engagements, @Nullable BigDecimal score, @Nullable Integer rank,
			boolean reweighted, @Nullable BigDecimal previousScore, List<ComponentView> components) {
	}

	/**
	 * A component of a card: its weight, the percent of the score it weighs after re-weighting, its points (0 to
	 * 100), the numerator and denominator they come from (for the risk: penalty points over engagements in force),
	 * and the previous period's points.
	 */
	record ComponentView(String component, String name, BigDecimal weight, @Nullable BigDecimal appliedWeight,
			@Nullable BigDecimal value, BigDecimal numerator, BigDecimal denominator,
			@Nullable BigDecimal previousValue) {
	}

	/** The asked period and the one before it, as local days. */
	private record Span(String kind, LocalDate from, LocalDate to, LocalDate previousFrom) {

		PeriodView view() {
			return new PeriodView(kind, from, to);
		}

		PeriodView previous() {
			return new PeriodView(kind, previousFrom, from);
		}
	}

	private final Engagements engagements;
	private final GovernanceKpis kpis;
	private final DependencyRisks risks;
	private final OrganizationManagement organizations;
	private final MessageSource messages;

	SupplierScorecards(Engagements engagements, GovernanceKpis kpis, DependencyRisks risks,
			OrganizationManagement organizations, MessageSource messages) {
		this.engagements = engagements;
		this.kpis = kpis;
		this.risks = risks;
		this.organizations = organizations;
		this.messages = messages;
	}

	/** The cards of every provider the caller reads engagements of as a party, ranked. @throws Problem 400 */
	@Transactional(readOnly = true)
	Comparison compare(Caller caller, @Nullable String period, @Nullable String date) {
		Span span = span(period, date);
		Map<Party, List<EngagementView>> providers = scored(caller);
		Map<UUID, ZoneId> zones = new HashMap<>();
		List<SupplierMeasures> now = new ArrayList<>();
		Map<UUID, SupplierScore> before = new HashMap<>();
		providers.forEach((provider, theirs) -> {
			List<Risk> risks = risks(caller, theirs);
			now.add(measures(provider, theirs, span.from(), span.to(), zones, risks));
			before.put(provider.id(), SupplierScorecard.score(
					measures(provider, theirs, span.previousFrom(), span.from(), zones, risks), ScorecardWeights.DEFAULTS));
		});
		Locale locale = LocaleContextHolder.getLocale();
		List<Card> cards = SupplierScorecard.rank(now, ScorecardWeights.DEFAULTS)
			.stream()
			.map(score -> card(score, before.get(score.provider()), locale))
			.toList();
		return new Comparison(span.view(), span.previous(), weights(locale), cards);
	}

	/**
	 * One provider's card over the engagements the caller reads of it as a party, unranked. @throws Problem 404 when
	 * the organization is no provider, or the caller is neither one of its members, a platform administrator, nor
	 * the client of one of its engagements; 400 for a bad period
	 */
	@Transactional(readOnly = true)
	Single organization(Caller caller, UUID organizationId, @Nullable String period, @Nullable String date) {
		OrganizationSummary provider = organizations.summaries(List.of(organizationId))
			.stream()
			.filter(organization -> PROVIDERS.contains(organization.kind()))
			.findFirst()
			.orElseThrow(() -> Problem.notFound("Organization"));
		List<EngagementView> theirs = scored(caller).entrySet()
			.stream()
			.filter(entry -> entry.getKey().id().equals(organizationId))
			.flatMap(entry -> entry.getValue().stream())
			.toList();
		if (theirs.isEmpty() && !caller.isPlatformAdmin() && !caller.isMemberOf(organizationId)) {
			throw Problem.notFound("Organization");
		}
		Span span = span(period, date);
		Party party = new Party(provider.id(), provider.name());
		Map<UUID, ZoneId> zones = new HashMap<>();
		List<Risk> risks = risks(caller, theirs);
		SupplierScore now = SupplierScorecard.score(measures(party, theirs, span.from(), span.to(), zones, risks),
				ScorecardWeights.DEFAULTS);
		SupplierScore before = SupplierScorecard.score(
				measures(party, theirs, span.previousFrom(), span.from(), zones, risks), ScorecardWeights.DEFAULTS);
		Locale locale = LocaleContextHolder.getLocale();
		return new Single(span.view(), span.previous(), weights(locale), card(now, before, locale));
	}

	/** The engagements the caller reads as one of the parties, by provider, the providers by name. */
	private Map<Party, List<EngagementView>> scored(Caller caller) {
		List<EngagementView> all = new ArrayList<>();
		int page = 0;
		PageResult<EngagementView> views;
		do {
			views = engagements.list(caller, null, null, new Paging(page++, Paging.MAX_SIZE));
			views.items().stream().filter(view -> view.audience() != Audience.FREELANCER).forEach(all::add);
		}
		while (page < views.totalPages());
		all.sort(java.util.Comparator.comparing((EngagementView view) -> view.provider().name())
			.thenComparing(view -> view.provider().id()));
		Map<Party, List<EngagementView>> providers = new LinkedHashMap<>();
		all.forEach(view -> providers.computeIfAbsent(view.provider(), p -> new ArrayList<>()).add(view));
		return providers;
	}

	/**
	 * The provider's figures over the local days {@code [from, to)}: one tally per client zone, each the figures of
	 * the engagements in that zone over those days there, as the KPI API counts each engagement.
	 */
	private SupplierMeasures measures(Party provider, List<EngagementView> theirs, LocalDate from, LocalDate to,
			Map<UUID, ZoneId> zones, List<Risk> risks) {
		Map<ZoneId, List<UUID>> byZone = new LinkedHashMap<>();
		for (EngagementView engagement : theirs) {
			ZoneId zone = zones.computeIfAbsent(engagement.client().id(), client -> kpis.zoneOf(engagement.id()));
			byZone.computeIfAbsent(zone, z -> new ArrayList<>()).add(engagement.id());
		}
		List<Tally> tallies = new ArrayList<>();
		byZone.forEach((zone, ids) -> tallies.add(tally(kpis.figures(ids, Period.days(from, to, zone), null))));
		return new SupplierMeasures(provider.id(), provider.name(), theirs.size(), tallies, risks);
	}

	static Tally tally(KpiFigures figures) {
		return new Tally(ratio(figures.figure(Kpi.SLA_COMPLIANCE)), ratio(figures.figure(Kpi.FIRST_TIME_RIGHT)),
				ratio(figures.figure(Kpi.REOPEN_RATE)), ratio(figures.figure(Kpi.CSAT)),
				ratio(figures.figure(Kpi.ON_TIME_DELIVERY)));
	}

	private static Ratio ratio(KpiFigure figure) {
		return figure.numerator() == null || figure.denominator() == null ? Ratio.NONE
				: new Ratio(figure.numerator(), figure.denominator());
	}

	/** The warnings of each engagement in force, over the risk's default window ending today. */
	private List<Risk> risks(Caller caller, List<EngagementView> theirs) {
		List<Risk> found = new ArrayList<>();
		for (EngagementView engagement : theirs) {
			if (IN_FORCE.contains(engagement.status())) {
				List<WarningView> warnings = risks.engagement(caller, engagement.id(), null).warnings();
				int critical = (int) warnings.stream().filter(w -> w.level() == Level.CRITICAL).count();
				found.add(new Risk(engagement.id(), warnings.size() - critical, critical));
			}
		}
		return found;
	}

	private Card card(SupplierScore score, SupplierScore before, Locale locale) {
		List<ComponentView> components = new ArrayList<>();
		for (SupplierScore.Part part : score.components()) {
			components.add(new ComponentView(part.component().code(), message(part.component().nameKey(), locale),
					part.weight(), part.appliedWeight(), part.value(), part.numerator(), part.denominator(),
					before.component(part.component()).value()));
		}
		return new Card(score.provider(), score.name(), score.engagements(), score.score(), score.rank(),
				score.reweighted(), before.score(), components);
	}

	private List<WeightView> weights(Locale locale) {
		List<WeightView> weights = new ArrayList<>();
		for (ScorecardComponent component : ScorecardComponent.values()) {
			weights.add(new WeightView(component.code(), message(component.nameKey(), locale),
					ScorecardWeights.DEFAULTS.of(component), message(component.ruleKey(), locale)));
		}
		return weights;
	}

	/** The month (default) or quarter holding the day (default today), and the one before. @throws Problem 400 */
	static Span span(@Nullable String period, @Nullable String date) {
		List<Problem.FieldError> errors = new ArrayList<>();
		String kind = period == null ? "month" : period.toLowerCase(Locale.ROOT);
		if (!List.of("month", "quarter").contains(kind)) {
			errors.add(new Problem.FieldError("period", "one-of", "period is month or quarter"));
			kind = "month";
		}
		Period asked = null;
		try {
			asked = KpiViews.period(new KpiViews.Request(kind, date, null), ZoneOffset.UTC);
		}
		catch (Problem invalid) {
			errors.addAll(invalid.fieldErrors());
		}
		if (!errors.isEmpty() || asked == null) {
			throw new Problem(HttpStatus.BAD_REQUEST, "invalid-input", "The scorecard's period is invalid", errors);
		}
		Period previous = KpiViews.previous(asked, kind);
		return new Span(kind, local(asked.from()), local(asked.to()), local(previous.from()));
	}

	private static LocalDate local(java.time.Instant instant) {
		return instant.atZone(ZoneOffset.UTC).toLocalDate();
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
