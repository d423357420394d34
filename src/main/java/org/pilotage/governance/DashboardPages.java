package org.pilotage.governance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.pilotage.engagement.Audience;
import org.pilotage.engagement.EngagementAccess;
import org.pilotage.engagement.EngagementView;
import org.pilotage.engagement.Engagements;
import org.pilotage.identity.Caller;
import org.pilotage.identity.CurrentCaller;
import org.pilotage.shared.Paging;
import org.pilotage.shared.Problem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.json.JsonMapper;

/**
 * The governance dashboards: one per engagement (a period's KPI cards beside the previous period, each with its
 * definition and a way to the items behind it, compliance per metric, the dependency-risk warnings past their
 * thresholds, the trend of twelve periods drawn with ECharts), the items behind a figure, and the caller's portfolio (a client's engagements, a provider's across its
 * clients, a freelancer's own work). Everything comes from {@link KpiViews}, so a page shows what the API answers the
 * same caller. Bad parameters show their messages with status 400.
 */
@Controller
class DashboardPages {

	/** What the cards offer to drill into, beyond all the items: the records in and out of the numerator. */
	private static final Set<Kpi> SPLIT = Set.of(Kpi.SLA_COMPLIANCE, Kpi.OLA_COMPLIANCE, Kpi.REOPEN_RATE,
			Kpi.FIRST_TIME_RIGHT, Kpi.ON_TIME_DELIVERY, Kpi.CSAT_RESPONSE_RATE);

	/** A headline figure as a card. */
	record Card(String kpi, String name, String definition, String value, String previous, @Nullable String change,
			String trend, int items, String itemsLink, @Nullable String numeratorLink, @Nullable String otherLink) {
	}

	/** A compliance figure of one metric. */
	record MetricRow(String kpi, String metric, String value, String previous, int items, String otherLink) {
	}

	/** An engagement of the portfolio with its headline figures of the month. */
	record PortfolioRow(UUID id, String title, String kind, String parties, List<Cell> cells) {
	}

	record Cell(String kpi, String value, String trend) {
	}

	private final CurrentCaller callers;
	private final KpiViews views;
	private final Engagements engagements;
	private final DependencyRisks risks;
	private final MessageSource messages;
	private final JsonMapper json;

	DashboardPages(CurrentCaller callers, KpiViews views, Engagements engagements, DependencyRisks risks,
			MessageSource messages, JsonMapper json) {
		this.callers = callers;
		this.views = views;
		this.engagements = engagements;
		this.risks = risks;
		this.messages = messages;
		this.json = json;
	}

	@GetMapping("/engagements/{id}/dashboard")
	String dashboard(@PathVariable UUID id, @RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable String date, Model model, HttpServletResponse response) {
		Caller caller = callers.require();
		EngagementAccess access = engagements.access(caller, id);
		Locale locale = LocaleContextHolder.getLocale();
		KpiFormat format = new KpiFormat(messages, locale);
		model.addAttribute("engagement", access);
		model.addAttribute("periods", List.of("week", "month", "quarter"));
		model.addAttribute("period", period == null ? "month" : period);
		model.addAttribute("date", date == null ? "" : date);
		KpiViews.Request request = new KpiViews.Request(period, date, null);
		KpiViews.Dashboard dashboard;
		try {
			dashboard = views.dashboard(caller, id, request);
		}
		catch (Problem invalid) {
			return invalid(invalid, model, response, locale);
		}
		KpiViews.Report report = dashboard.report();
		String base = "/engagements/" + id + "/dashboard";
		String kind = report.period().kind();
		model.addAttribute("errors", Map.of());
		model.addAttribute("report", report);
		model.addAttribute("period", kind);
		model.addAttribute("label", label(report.period(), locale));
		model.addAttribute("previousLabel", label(report.previous(), locale));
		model.addAttribute("earlier", base + "?period=" + kind + "&date=" + report.previous().from());
		model.addAttribute("later", base + "?period=" + kind + "&date=" + report.period().to());
		List<Card> cards = new ArrayList<>();
		List<MetricRow> metrics = new ArrayList<>();
		for (KpiViews.FigureView figure : report.figures()) {
			Kpi kpi = Kpi.valueOf(figure.kpi().toUpperCase(Locale.ROOT).replace('-', '_'));
			String link = base + "/items" + figure.itemsUrl().substring(figure.itemsUrl().indexOf('?')) + "&kpi="
					+ figure.kpi();
			if (figure.metric() != null && figure.priority() == null) {
				metrics.add(new MetricRow(figure.kpi(), figure.metric().name(), format.value(kpi, figure.value()),
						format.value(kpi, figure.previousValue()), figure.items(), link + "&among=other"));
			}
			if (figure.metric() != null || figure.priority() != null || figure.age() != null) {
				continue;
			}
			cards.add(new Card(figure.kpi(), figure.name(), figure.definition(), format.value(kpi, figure.value()),
					format.value(kpi, figure.previousValue()), format.change(kpi, figure.value(), figure.previousValue()),
					KpiFormat.trend(kpi, figure.value(), figure.previousValue()), figure.items(), link + "&among=all",
					SPLIT.contains(kpi) ? link + "&among=numerator" : null,
					SPLIT.contains(kpi) ? link + "&among=other" : null));
		}
		model.addAttribute("cards", cards);
		model.addAttribute("metrics", metrics);
		// the risk page's warnings, for those who read it (a staffed freelancer does not)
		model.addAttribute("warnings", report.audience() == Audience.FREELANCER ? List.of()
				: risks.engagement(caller, id, null).warnings());
		model.addAttribute("chart", chart(dashboard.trend(), report.audience(), locale));
		return "governance/dashboard";
	}

	@GetMapping("/engagements/{id}/dashboard/items")
	String items(@PathVariable UUID id, @RequestParam(required = false) @Nullable String kpi,
			@RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable String date,
			@RequestParam(required = false) @Nullable String metric,
			@RequestParam(required = false) @Nullable String priority,
			@RequestParam(required = false) @Nullable String age,
			@RequestParam(required = false) @Nullable String among, Model model, HttpServletResponse response) {
		Caller caller = callers.require();
		EngagementAccess access = engagements.access(caller, id);
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("engagement", access);
		model.addAttribute("back", "/engagements/" + id + "/dashboard?period=" + (period == null ? "month" : period)
				+ (date == null ? "" : "&date=" + date));
		try {
			KpiViews.Items items = views.items(caller, id, kpi == null ? "" : kpi,
					new KpiViews.Request(period, date, null), metric, priority, age, among);
			model.addAttribute("errors", Map.of());
			model.addAttribute("items", items);
			model.addAttribute("label", label(items.period(), locale));
			model.addAttribute("kpiName", messages.getMessage("governance.kpi." + items.kpi() + ".name", null,
					items.kpi(), locale));
			// a ratio's own words ("breached", "late") where it has them, the general ones otherwise
			String general = messages.getMessage("governance.dashboard.among." + items.among(), null, items.among(),
					locale);
			model.addAttribute("amongLabel", items.among().equals("all") ? general
					: messages.getMessage("governance.dashboard." + items.among() + "." + items.kpi(), null, general,
							locale));
			return "governance/dashboard-items";
		}
		catch (Problem invalid) {
			invalid(invalid, model, response, locale);
			model.addAttribute("items", null);
			return "governance/dashboard-items";
		}
	}

	@GetMapping("/dashboard")
	String portfolio(Model model) {
		Caller caller = callers.require();
		Locale locale = LocaleContextHolder.getLocale();
		KpiFormat format = new KpiFormat(messages, locale);
		List<PortfolioRow> rows = new ArrayList<>();
		List<EngagementView> mine = engagements.list(caller, null, null, new Paging(0, Paging.MAX_SIZE)).items();
		List<KpiViews.Report> reports = views.headlines(caller, mine.stream().map(EngagementView::id).toList());
		for (int i = 0; i < mine.size(); i++) {
			EngagementView engagement = mine.get(i);
			KpiViews.Report report = reports.get(i);
			Kpi compliance = report.audience() == Audience.FREELANCER ? Kpi.OLA_COMPLIANCE : Kpi.SLA_COMPLIANCE;
			List<Cell> cells = new ArrayList<>();
			for (Kpi kpi : List.of(compliance, Kpi.MTTR_BUSINESS, Kpi.BACKLOG, Kpi.CSAT)) {
				report.figures()
					.stream()
					.filter(f -> f.kpi().equals(kpi.code()) && f.metric() == null && f.priority() == null
							&& f.age() == null)
					.findFirst()
					.ifPresent(f -> cells.add(new Cell(kpi.code(), format.value(kpi, f.value()),
							KpiFormat.trend(kpi, f.value(), f.previousValue()))));
			}
			rows.add(new PortfolioRow(engagement.id(), engagement.title(),
					messages.getMessage("engagement.kind." + engagement.kind(), null, engagement.kind().name(), locale),
					engagement.client().name() + " · " + engagement.provider().name(), cells));
		}
		model.addAttribute("rows", rows);
		model.addAttribute("freelancer", !rows.isEmpty() && mine.stream()
			.allMatch(e -> e.audience() == Audience.FREELANCER));
		return "governance/portfolio";
	}

	private String invalid(Problem invalid, Model model, HttpServletResponse response, Locale locale) {
		if (invalid.status() != HttpStatus.BAD_REQUEST) {
			throw invalid;
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		Map<String, String> errors = new LinkedHashMap<>();
		invalid.fieldErrors().forEach(error -> errors.putIfAbsent(error.field(),
				messages.getMessage("governance.dashboard.invalid." + error.field(), null, error.message(), locale)));
		model.addAttribute("errors", errors);
		model.addAttribute("report", null);
		return "governance/dashboard";
	}

	/** "week of 8 June 2026", "June 2026", "Q2 2026". */
	private String label(KpiViews.PeriodView period, Locale locale) {
		LocalDate from = period.from();
		return switch (period.kind()) {
			case "week" -> messages.getMessage("governance.dashboard.label.week",
					new Object[] { java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
						.withLocale(locale)
						.format(from) }, locale);
			case "quarter" -> messages.getMessage("governance.dashboard.label.quarter",
					new Object[] { (from.getMonthValue() - 1) / 3 + 1, String.valueOf(from.getYear()) }, locale);
			default -> java.time.format.DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(from);
		};
	}

	/** The chart's data for the page's script: the periods' labels and each series' values. */
	private String chart(KpiViews.Trend trend, Audience audience, Locale locale) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("locale", locale.toLanguageTag());
		data.put("labels", trend.periods().stream().map(p -> p.from().toString()).toList());
		data.put("first", audience == Audience.FREELANCER ? "ola-compliance" : "sla-compliance");
		List<Map<String, Object>> series = new ArrayList<>();
		for (KpiViews.Series s : trend.series()) {
			Map<String, Object> one = new LinkedHashMap<>();
			one.put("kpi", s.kpi());
			one.put("name", s.name());
			one.put("unit", s.unit().name());
			List<@Nullable Double> values = new ArrayList<>();
			for (BigDecimal value : s.values()) {
				values.add(value == null ? null : value.doubleValue());
			}
			one.put("values", values);
			series.add(one);
		}
		data.put("series", series);
		return json.writeValueAsString(data).replace("</", "<\\/");
	}
}
