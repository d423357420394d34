package org.pilotage.governance;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.pilotage.governance.WeeklyReports.ActionRequest;
import org.pilotage.governance.WeeklyReports.Archive;
import org.pilotage.governance.WeeklyReports.GenerateRequest;
import org.pilotage.governance.WeeklyReports.ReportView;
import org.pilotage.identity.Caller;
import org.pilotage.identity.CurrentCaller;
import org.pilotage.shared.Problem;
import org.pilotage.shared.web.ETags;
import org.pilotage.work.IsoWeek;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An engagement's weekly reports: the archive (each week's latest revision, a "generate now" form for the parties'
 * administrators), a report's page with its PDF, and on both the decisions and actions as they stand, which the
 * parties' administrators edit during the meeting. A refused form comes back with its messages and writes nothing.
 */
@Controller
class WeeklyReportPages {

	static final String LIST = "governance/reports";
	static final String REPORT = "governance/report";

	/** How many ended weeks the "generate now" form offers. */
	static final int WEEKS_OFFERED = 8;

	private final CurrentCaller callers;
	private final WeeklyReports reports;
	private final GovernanceKpis kpis;
	private final MessageSource messages;
	private final CreditStatementFiles statements;
	private final java.time.Clock clock;

	WeeklyReportPages(CurrentCaller callers, WeeklyReports reports, GovernanceKpis kpis, MessageSource messages,
			CreditStatementFiles statements, java.time.Clock clock) {
		this.callers = callers;
		this.reports = reports;
		this.kpis = kpis;
		this.messages = messages;
		this.statements = statements;
		this.clock = clock;
	}

	/** A KPI's line of the report, in the reader's language. */
	record FigureRow(String kpi, String name, String value, String previous, @Nullable String change, String trend) {
	}

	@GetMapping("/engagements/{id}/reports")
	String list(@PathVariable UUID id, Model model) {
		Caller caller = callers.require();
		Archive archive = reports.archive(caller, id);
		model.addAttribute("archive", archive);
		model.addAttribute("weeks", endedWeeks(id));
		actions(caller, id, "/engagements/" + id + "/reports", model);
		return LIST;
	}

	@PostMapping("/engagements/{id}/reports")
	String generate(@PathVariable UUID id, @RequestParam(required = false) @Nullable String week, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Caller caller = callers.require();
		try {
			ReportView view = reports.generate(caller, id, new GenerateRequest(week));
			redirect.addFlashAttribute("reportNotice", message("governance.report.page.generated", view.week(),
					view.revision()));
			return "redirect:/engagements/" + id + "/reports/" + view.week();
		}
		catch (Problem problem) {
			if (problem.fieldErrors().isEmpty()) {
				throw problem;
			}
			response.setStatus(problem.status().value());
			model.addAttribute("weekError", invalid(problem.fieldErrors().get(0).code()));
			return list(id, model);
		}
	}

	@GetMapping("/engagements/{id}/reports/{week}")
	String report(@PathVariable UUID id, @PathVariable String week,
			@RequestParam(required = false) @Nullable Integer revision, Model model) {
		Caller caller = callers.require();
		ReportView view = reports.get(caller, id, week, revision);
		Locale locale = locale();
		KpiFormat format = new KpiFormat(messages, locale);
		List<FigureRow> figures = new ArrayList<>();
		for (WeeklyReport.Figure figure : view.report().figures()) {
			Kpi kpi = CreditContracts.kpi(figure.kpi()).orElseThrow();
			figures.add(new FigureRow(figure.kpi(), messages.getMessage(kpi.nameKey(), null, figure.kpi(), locale),
					format.value(kpi, figure.value()), format.value(kpi, figure.previous()),
					format.change(kpi, figure.value(), figure.previous()),
					KpiFormat.trend(kpi, figure.value(), figure.previous())));
		}
		model.addAttribute("view", view);
		model.addAttribute("report", view.report());
		model.addAttribute("figures", figures);
		model.addAttribute("labels", new WeeklyReportPdf.Labels(messages, locale, ZoneId.of(view.report().zone())));
		WeeklyReport.Credits credits = view.report().credits();
		model.addAttribute("credits", credits);
		if (credits != null) {
			CreditLabels creditLabels = statements.labels(locale);
			CreditStatement statement = credits.statement();
			model.addAttribute("creditsMonth", creditLabels.month(statement.month()));
			model.addAttribute("creditLines", CreditLines.of(statement, creditLabels));
			model.addAttribute("creditsTotal", creditLabels.money(statement.total(), statement.currency()));
		}
		actions(caller, id, "/engagements/" + id + "/reports/" + view.week(), model);
		return REPORT;
	}

	@GetMapping("/engagements/{id}/reports/{week}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id, @PathVariable String week,
			@RequestParam(required = false) @Nullable Integer revision, Locale locale) {
		return WeeklyReportsApi.pdf(reports.get(callers.require(), id, week, revision), messages, locale);
	}

	@PostMapping("/engagements/{id}/reports/actions")
	String addAction(@PathVariable UUID id, ActionForm form, RedirectAttributes redirect) {
		Caller caller = callers.require();
		try {
			reports.addAction(caller, id, form.request());
			redirect.addFlashAttribute("actionNotice", message("governance.report.page.saved"));
		}
		catch (Problem problem) {
			refused(problem, null, redirect);
		}
		return "redirect:" + back(id, form.back());
	}

	@PostMapping("/engagements/{id}/reports/actions/{action}")
	String updateAction(@PathVariable UUID id, @PathVariable UUID action, ActionForm form,
			RedirectAttributes redirect) {
		Caller caller = callers.require();
		try {
			reports.updateAction(caller, id, action, ETags.requireVersion(form.version()), form.request());
			redirect.addFlashAttribute("actionNotice", message("governance.report.page.saved"));
		}
		catch (Problem problem) {
			refused(problem, action, redirect);
		}
		return "redirect:" + back(id, form.back());
	}

	/** The fields of an action's form; {@code back} the page it was sent from, {@code version} the one read. */
	record ActionForm(@Nullable String kind, @Nullable String text, @Nullable String ownerUserId,
			@Nullable String owner, @Nullable String dueDate, @Nullable String status, @Nullable String version,
			@Nullable String back) {

		ActionRequest request() {
			UUID member = null;
			if (ownerUserId != null && !ownerUserId.isBlank()) {
				try {
					member = UUID.fromString(ownerUserId.strip());
				}
				catch (IllegalArgumentException malformed) {
					throw Problem.invalid("ownerUserId", "unknown-owner", "Not a member of the client or of the provider");
				}
			}
			return new ActionRequest(kind, text, member, owner, dueDate, status);
		}
	}

	/** A refused action: its messages shown above the actions, nothing written; a forbidden or hidden one as an error. */
	private void refused(Problem problem, @Nullable UUID action, RedirectAttributes redirect) {
		if (problem.status().value() == 412) {
			redirect.addFlashAttribute("actionErrors", List.of(message("governance.report.page.stale")));
		}
		else if (!problem.fieldErrors().isEmpty()) {
			redirect.addFlashAttribute("actionErrors", problem.fieldErrors().stream()
				.map(error -> invalid(error.code()))
				.distinct()
				.toList());
		}
		else {
			throw problem;
		}
		if (action != null) {
			redirect.addFlashAttribute("actionRefused", action.toString());
		}
	}

	/**
	 * A refused request (an engagement the caller does not read, a week without a report, a reader's write) on the error
	 * page, with this page's own message where it has one.
	 */
	@ExceptionHandler(Problem.class)
	ModelAndView problem(Problem problem, HttpServletResponse response) {
		return ProblemPage.of(problem, "governance.report", response, messages, locale());
	}

	private void actions(Caller caller, UUID id, String back, Model model) {
		model.addAttribute("actions", reports.actions(caller, id));
		model.addAttribute("owners", reports.owners(caller, id));
		model.addAttribute("engagementId", id);
		model.addAttribute("back", back);
		model.addAttribute("kinds", ReportAction.Kind.values());
		model.addAttribute("statuses", ReportAction.Status.values());
	}

	/** The last ended weeks in the engagement's zone, the latest first. */
	private List<String> endedWeeks(UUID id) {
		ZoneId zone = kpis.zoneOf(id);
		LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
		IsoWeek week = IsoWeek.of(today).previous();
		List<String> weeks = new ArrayList<>();
		for (int i = 0; i < WEEKS_OFFERED; i++) {
			weeks.add(week.toString());
			week = week.previous();
		}
		return weeks;
	}

	/** Only back to a page of the engagement's reports. */
	private static String back(UUID id, @Nullable String back) {
		String reports = "/engagements/" + id + "/reports";
		return back != null && (back.equals(reports) || back.startsWith(reports + "/") && !back.contains("//"))
				&& back.matches("[A-Za-z0-9/\\-]+") ? back : reports;
	}

	private String invalid(String code) {
		return messages.getMessage("governance.report.invalid." + code, null, code, locale());
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}
}
