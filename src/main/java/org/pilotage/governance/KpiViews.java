package org.pilotage.governance;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.pilotage.engagement.Audience;
import org.pilotage.engagement.Engagements;
import org.pilotage.governance.KpiFigure.AgeBucket;
import org.pilotage.governance.KpiFigure.Breakdown;
import org.pilotage.identity.Caller;
import org.pilotage.shared.Problem;
import org.pilotage.sla.Metric;
import org.pilotage.talent.PersonCard;
import org.pilotage.talent.TalentDirectory;
import org.pilotage.work.Priority;
import org.pilotage.work.WorkItems;
import org.pilotage.work.WorkViews.WorkItemView;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An engagement's KPIs as one caller may read them: the provider's side reads every figure (and those of one person),
 * the client's side every figure but the agency's OLA, a staffed freelancer the figures of its own work and its OLA,
 * without the engagement's money. A figure names nobody, and its drill-down lists items as their own pages show them
 * to the caller, so a client never learns a freelancer's identity through a KPI.
 */
@Service
class KpiViews {

	/** The largest number of items a drill-down lists. */
	static final int MAX_ITEMS = 1_000;

	/** A caller's question: the kind of period (week, month, quarter), a day in it, optionally a person. */
	record Request(@Nullable String period, @Nullable String date, @Nullable String person) {
	}

	/** The figures of a period, each with the previous period's value beside it. */
	record Report(UUID engagementId, Audience audience, PeriodView period, PeriodView previous,
			@Nullable String currency, List<FigureView> figures) {
	}

	/** A period as local days {@code [from, to)} in the engagement's zone. */
	record PeriodView(String kind, LocalDate from, LocalDate to, String zone) {
	}

	record FigureView(String kpi, String name, String definition, Kpi.Unit unit, Kpi.Direction direction,
			@Nullable Metric metric, @Nullable Priority priority, @Nullable AgeBucket age, @Nullable BigDecimal value,
			@Nullable BigDecimal numerator, @Nullable BigDecimal denominator, int items,
			@Nullable BigDecimal previousValue, String itemsUrl) {
	}

	/** The trend of every headline figure over consecutive periods, oldest first. */
	record Trend(UUID engagementId, List<PeriodView> periods, List<Series> series) {
	}

	record Series(String kpi, String name, Kpi.Unit unit, Kpi.Direction direction, List<@Nullable BigDecimal> values) {
	}

	/** The items behind a figure: all, those in its numerator, or the others (a compliance figure's breaches). */
	record Items(String kpi, @Nullable Metric metric, @Nullable Priority priority, @Nullable AgeBucket age,
			String among, PeriodView period, int total, List<ItemLine> items) {
	}

	record ItemLine(UUID id, String key, String title, String status, String priority, String url) {
	}

	private final GovernanceKpis kpis;
	private final Engagements engagements;
	private final WorkItems work;
	private final TalentDirectory talent;
	private final MessageSource messages;

	KpiViews(GovernanceKpis kpis, Engagements engagements, WorkItems work, TalentDirectory talent,
			MessageSource messages) {
		this.kpis = kpis;
		this.engagements = engagements;
		this.work = work;
		this.talent = talent;
		this.messages = messages;
	}

	/** What a caller reads of an engagement's KPIs: its audience, the person whose work it is limited to. */
	private record Scope(UUID engagementId, Audience audience, ZoneId zone, @Nullable UUID person) {

		boolean allFacts() {
			return person == null;
		}

		Set<Kpi> visible() {
			return switch (audience) {
				case PROVIDER -> EnumSet.allOf(Kpi.class);
				case CLIENT -> EnumSet.complementOf(EnumSet.of(Kpi.OLA_COMPLIANCE));
				case FREELANCER -> EnumSet.complementOf(EnumSet.of(Kpi.SLA_COMPLIANCE, Kpi.COST_VS_BUDGET));
			};
		}
	}

	/**
	 * The period's figures beside the previous period's. Outside of a transaction, so that a closed period's figures
	 * computed here can be stored ({@link GovernanceKpis#values}).
	 */
	Report report(Caller caller, UUID engagementId, Request request) {
		return report(scope(caller, engagementId, request.person()), request, true, null, false).report();
	}

	/**
	 * The headline figures ({@link Kpis#HEADLINES}) of the current month beside the previous month's, for a list of
	 * engagements (a portfolio): values only, without a breakdown or the items behind them ({@link FigureView#items}
	 * 0), the engagements' terms not read. The current month's figures of the engagements whose figures are all theirs
	 * are summed by the database, one read per time zone; the others' (a freelancer's own work) come from their facts.
	 */
	List<Report> headlines(Caller caller, List<UUID> engagementIds) {
		Request month = new Request(null, null, null);
		List<Scope> scopes = engagementIds.stream().map(id -> scope(caller, id, null)).toList();
		Map<ZoneId, List<UUID>> byZone = new java.util.LinkedHashMap<>();
		scopes.stream()
			.filter(Scope::allFacts)
			.forEach(scope -> byZone.computeIfAbsent(scope.zone(), zone -> new ArrayList<>()).add(scope.engagementId()));
		Map<UUID, KpiFigures> summed = new java.util.HashMap<>();
		byZone.forEach((zone, ids) -> summed.putAll(kpis.headlines(ids, period(month, zone))));
		return scopes.stream()
			.map(scope -> report(scope, month, false, summed.get(scope.engagementId()), true).report())
			.toList();
	}

	/** An engagement's dashboard: the period's report and the trend of the twelve periods ending with it. */
	record Dashboard(Report report, Trend trend) {
	}

	/**
	 * The report of {@link #report} and the trend of {@link #trend} over twelve periods, the figures of the period and
	 * of the previous one computed once for both.
	 */
	Dashboard dashboard(Caller caller, UUID engagementId, Request request) {
		Scope scope = scope(caller, engagementId, request.person());
		Computed computed = report(scope, request, true, null, false);
		Trend trend = trend(scope, new Request(request.period(), computed.period().from().atZone(scope.zone())
			.toLocalDate()
			.toString(), request.person()), 12,
				Map.of(computed.period(), computed.now(), computed.previous(), computed.before()), computed.budgets());
		return new Dashboard(computed.report(), trend);
	}

	/** A report with the figures it was made of. */
	private record Computed(Report report, Period period, KpiFigures now, Period previous, KpiFigures before,
			Function<Period, KpiInputs.@Nullable Budget> budgets) {
	}

	/**
	 * The report; {@code known} the figures of its period when they were computed already; with {@code headlinesOnly},
	 * the {@link Kpis#HEADLINES} figures without a breakdown only, and the engagement's terms are not read (a list of
	 * engagements shows no figure against the budget).
	 */
	private Computed report(Scope scope, Request request, boolean withItems, @Nullable KpiFigures known,
			boolean headlinesOnly) {
		UUID engagementId = scope.engagementId();
		Period period = period(request, scope.zone());
		Period previous = previous(period, kind(request));
		// the engagement's terms are read once, for both periods' budgets and the currency of the figures
		Function<Period, KpiInputs.@Nullable Budget> budgets = scope.allFacts() && !headlinesOnly
				? kpis.budgets(engagementId) : p -> null;
		KpiInputs.Budget budget = budgets.apply(period);
		KpiFigures now = known != null ? known
				: Kpis.aggregate(period, kpis.facts(engagementId, period, scope.person()), budget, withItems);
		KpiFigures before = scope.allFacts()
				? kpis.values(engagementId, List.of(previous), Map.of(), headlinesOnly ? null : budgets).get(0)
				: figures(scope, previous);
		List<FigureView> figures = new ArrayList<>();
		Locale locale = LocaleContextHolder.getLocale();
		for (KpiFigure figure : now.figures()) {
			if (headlinesOnly && !(Kpis.HEADLINES.contains(figure.kpi()) && figure.breakdown().equals(Breakdown.ALL))) {
				continue;
			}
			if (scope.visible().contains(figure.kpi())) {
				figures.add(view(scope, kind(request), period, figure, before.value(figure.kpi(), figure.breakdown()),
						locale));
			}
		}
		String currency = budget == null ? null : budget.currency();
		return new Computed(new Report(engagementId, scope.audience(), periodView(kind(request), period),
				periodView(kind(request), previous), currency, figures), period, now, previous, before, budgets);
	}

	/**
	 * The headline figures of the {@code count} periods ending with the asked one; outside of a transaction, as
	 * {@link #report}.
	 */
	Trend trend(Caller caller, UUID engagementId, Request request, @Nullable String count) {
		Scope scope = scope(caller, engagementId, request.person());
		return trend(scope, request, count(count), Map.of(),
				scope.allFacts() ? kpis.budgets(engagementId) : period -> null);
	}

	/** The trend, with the figures of some of its periods already {@code known}. */
	private Trend trend(Scope scope, Request request, int periods, Map<Period, KpiFigures> known,
			Function<Period, KpiInputs.@Nullable Budget> budgets) {
		UUID engagementId = scope.engagementId();
		Period last = period(request, scope.zone());
		List<Period> spans = new ArrayList<>();
		Period current = last;
		for (int i = 0; i < periods; i++) {
			spans.add(0, current);
			current = previous(current, kind(request));
		}
		List<KpiFigures> trend;
		if (scope.allFacts()) {
			trend = kpis.values(engagementId, spans, known, budgets);
		}
		else {
			Period whole = new Period(spans.get(0).from(), last.to(), scope.zone());
			trend = Kpis.trend(spans, kpis.facts(scope.engagementId(), whole, scope.person()), span -> null);
		}
		Locale locale = LocaleContextHolder.getLocale();
		Map<Kpi, List<@Nullable BigDecimal>> values = new java.util.LinkedHashMap<>();
		for (KpiFigures figures : trend) {
			for (Kpi kpi : Kpi.values()) {
				// the backlog's ages are a split of the backlog, which has its own line
				if (scope.visible().contains(kpi) && kpi != Kpi.BACKLOG_AGE) {
					values.computeIfAbsent(kpi, k -> new ArrayList<>()).add(figures.value(kpi));
				}
			}
		}
		List<Series> series = new ArrayList<>();
		values.forEach((kpi, list) -> series.add(new Series(kpi.code(), message(kpi.nameKey(), locale), kpi.unit(),
				kpi.direction(), list)));
		return new Trend(engagementId, spans.stream().map(p -> periodView(kind(request), p)).toList(), series);
	}

	@Transactional(readOnly = true)
	Items items(Caller caller, UUID engagementId, String code, Request request, @Nullable String metric,
			@Nullable String priority, @Nullable String age, @Nullable String among) {
		Scope scope = scope(caller, engagementId, request.person());
		List<Problem.FieldError> errors = new ArrayList<>();
		Kpi kpi = parse(Kpi.class, code.toUpperCase(Locale.ROOT).replace('-', '_'), "kpi", errors);
		Metric m = metric == null ? null : parse(Metric.class, metric, "metric", errors);
		Priority p = priority == null ? null : parse(Priority.class, priority, "priority", errors);
		AgeBucket a = age == null ? null : parse(AgeBucket.class, age, "age", errors);
		String side = among == null ? "all" : among;
		if (!List.of("all", "numerator", "other").contains(side)) {
			errors.add(new Problem.FieldError("among", "one-of", "among is all, numerator or other"));
		}
		Period period = null;
		try {
			period = period(request, scope.zone());
		}
		catch (Problem invalid) {
			errors.addAll(invalid.fieldErrors());
		}
		if (!errors.isEmpty() || period == null) {
			throw new Problem(HttpStatus.BAD_REQUEST, "invalid-input", "The drill-down has invalid parameters", errors);
		}
		if (!scope.visible().contains(kpi)) {
			throw Problem.notFound("KPI");
		}
		Breakdown breakdown = a != null ? Breakdown.of(a) : Breakdown.of(m, p);
		KpiFigure figure = figures(scope, period).figures()
			.stream()
			.filter(f -> f.kpi() == kpi && f.breakdown().equals(breakdown))
			.findFirst()
			.orElseThrow(() -> Problem.invalid("breakdown", "unknown", "The KPI has no such breakdown"));
		List<UUID> ids = switch (side) {
			case "numerator" -> figure.numeratorItems();
			case "other" -> figure.otherItems();
			default -> figure.items();
		};
		List<UUID> shown = ids.subList(0, Math.min(ids.size(), MAX_ITEMS));
		Map<UUID, WorkItemView> views = work.views(caller, engagementId, shown);
		List<ItemLine> lines = new ArrayList<>();
		for (UUID id : shown) {
			WorkItemView view = views.get(id);
			if (view != null) {
				lines.add(new ItemLine(view.id(), view.key(), view.title(), view.status().name(),
						view.priority().name(), "/work-items/" + view.id()));
			}
		}
		return new Items(kpi.code(), m, p, a, side, periodView(kind(request), period), ids.size(), lines);
	}

	private KpiFigures figures(Scope scope, Period period) {
		return scope.allFacts() ? kpis.figures(scope.engagementId(), period)
				: kpis.figures(List.of(scope.engagementId()), period, scope.person());
	}

	private Scope scope(Caller caller, UUID engagementId, @Nullable String person) {
		Audience audience = engagements.audience(caller, engagementId)
			.orElseThrow(() -> Problem.notFound("Engagement"));
		ZoneId zone = kpis.zoneOf(engagementId);
		if (audience == Audience.FREELANCER) {
			UUID own = talent.personOfUser(caller.userId()).map(PersonCard::id).orElse(NOBODY);
			if (person != null && !person.equals(own.toString())) {
				throw Problem.forbidden("A freelancer reads the figures of its own work only");
			}
			return new Scope(engagementId, audience, zone, own);
		}
		if (person == null) {
			return new Scope(engagementId, audience, zone, null);
		}
		if (audience != Audience.PROVIDER) {
			throw Problem.forbidden("Only the provider's side reads the figures of a person");
		}
		try {
			return new Scope(engagementId, audience, zone, UUID.fromString(person));
		}
		catch (IllegalArgumentException malformed) {
			throw Problem.invalid("person", "uuid", "person is a person's id");
		}
	}

	/** The person of a freelancer's user without a profile: no fact is ever about it. */
	private static final UUID NOBODY = new UUID(0, 0);

	private static String kind(Request request) {
		return request.period() == null ? "month" : request.period().toLowerCase(Locale.ROOT);
	}

	/** The first day a period may hold: KPIs read nothing earlier. */
	static final LocalDate FIRST_DAY = LocalDate.of(1970, 1, 1);

	/** The last day a period may hold, far enough from what dates and timestamps can hold in Java and the databases. */
	static final LocalDate LAST_DAY = LocalDate.of(2999, 12, 31);

	/**
	 * The period of a request: its kind (month by default) holding its day (today in the zone by default), a day from
	 * {@link #FIRST_DAY} to {@link #LAST_DAY}. @throws Problem 400 naming the bad fields
	 */
	static Period period(Request request, ZoneId zone) {
		List<Problem.FieldError> errors = new ArrayList<>();
		String kind = kind(request);
		if (!List.of("week", "month", "quarter").contains(kind)) {
			errors.add(new Problem.FieldError("period", "one-of", "period is week, month or quarter"));
		}
		LocalDate day = LocalDate.now(zone);
		if (request.date() != null) {
			try {
				day = LocalDate.parse(request.date());
				if (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY)) {
					errors.add(new Problem.FieldError("date", "range",
							"date is a day from " + FIRST_DAY + " to " + LAST_DAY));
				}
			}
			catch (DateTimeException malformed) {
				errors.add(new Problem.FieldError("date", "date", "date is a day as YYYY-MM-DD"));
			}
		}
		if (!errors.isEmpty()) {
			throw new Problem(HttpStatus.BAD_REQUEST, "invalid-input", "The period is invalid", errors);
		}
		return switch (kind) {
			case "week" -> Period.week(day, zone);
			case "quarter" -> Period.quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1, zone);
			default -> Period.month(java.time.YearMonth.from(day), zone);
		};
	}

	static Period previous(Period period, String kind) {
		LocalDate first = period.from().atZone(period.zone()).toLocalDate();
		return switch (kind) {
			case "week" -> Period.week(first.minusWeeks(1), period.zone());
			case "quarter" -> Period.days(first.minusMonths(3), first, period.zone());
			default -> Period.month(java.time.YearMonth.from(first).minusMonths(1), period.zone());
		};
	}

	private static int count(@Nullable String count) {
		if (count == null) {
			return 12;
		}
		try {
			int value = Integer.parseInt(count);
			if (value >= 1 && value <= 52) {
				return value;
			}
		}
		catch (NumberFormatException malformed) {
			// answered below
		}
		throw Problem.invalid("periods", "range", "periods is 1 to 52");
	}

	private static PeriodView periodView(String kind, Period period) {
		return new PeriodView(kind, period.from().atZone(period.zone()).toLocalDate(),
				period.to().atZone(period.zone()).toLocalDate(), period.zone().getId());
	}

	private FigureView view(Scope scope, String kind, Period period, KpiFigure figure, @Nullable BigDecimal previous,
			Locale locale) {
		Kpi kpi = figure.kpi();
		Breakdown breakdown = figure.breakdown();
		StringBuilder url = new StringBuilder("/api/v1/engagements/" + scope.engagementId() + "/kpis/" + kpi.code()
				+ "/items?period=" + kind + "&date=" + periodView(kind, period).from());
		if (breakdown.metric() != null) {
			url.append("&metric=").append(breakdown.metric().name());
		}
		if (breakdown.priority() != null) {
			url.append("&priority=").append(breakdown.priority().name());
		}
		if (breakdown.age() != null) {
			url.append("&age=").append(breakdown.age().name());
		}
		if (scope.audience() == Audience.PROVIDER && scope.person() != null) {
			url.append("&person=").append(scope.person());
		}
		return new FigureView(kpi.code(), message(kpi.nameKey(), locale), message(kpi.definitionKey(), locale),
				kpi.unit(), kpi.direction(), breakdown.metric(), breakdown.priority(), breakdown.age(), figure.value(),
				figure.numerator(), figure.denominator(), figure.items().size(), previous, url.toString());
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, String value, String field,
			List<Problem.FieldError> errors) {
		try {
			return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException unknown) {
			errors.add(new Problem.FieldError(field, "unknown", field + " " + value + " is not known"));
			return null;
		}
	}
}
