package org.pilotage.governance;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.pilotage.engagement.EngagementAccess;
import org.pilotage.engagement.Engagements;
import org.pilotage.governance.CreditContract.ServiceLevel;
import org.pilotage.governance.CreditContracts.BandRequest;
import org.pilotage.governance.CreditContracts.ContractView;
import org.pilotage.governance.CreditContracts.LevelRequest;
import org.pilotage.governance.CreditContracts.Statement;
import org.pilotage.identity.Caller;
import org.pilotage.identity.CurrentCaller;
import org.pilotage.shared.Problem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An engagement's service credits page: the contract in force (its levels with target, minimum, allocation and
 * direction, the fee, the at-risk share and the cap), a month picker, the month's statement with its CSV and PDF, and
 * for the parties' administrators a form that writes a new version of the contract. The form edits the fee, the
 * share, the pool's total, up to {@link #EXTRA_ROWS} more levels than the contract has, and which KPIs are reported;
 * a KPI chosen for a level leaves the reported ones (it is promoted); the bands stay those of the version in force.
 */
@Controller
class CreditPages {

	static final String VIEW = "governance/credits";

	/** Empty level rows the form offers beyond the contract's levels. */
	static final int EXTRA_ROWS = 2;

	private static final Pattern LEVEL = Pattern.compile("levels\\[(\\d+)](?:\\.(\\w+))?");

	private final CurrentCaller callers;
	private final CreditContracts contracts;
	private final CreditStatementFiles files;
	private final Engagements engagements;
	private final MessageSource messages;

	CreditPages(CurrentCaller callers, CreditContracts contracts, CreditStatementFiles files, Engagements engagements,
			MessageSource messages) {
		this.callers = callers;
		this.contracts = contracts;
		this.files = files;
		this.engagements = engagements;
		this.messages = messages;
	}

	/** A level of the contract as the page shows it, figures written in the reader's language. */
	record LevelRow(String kpi, String direction, String target, String minimum, String allocation, String unit) {
	}


	/** A reported KPI's line of the statement. */
	record ReportedRow(String kpi, String measure) {
	}

	@GetMapping("/engagements/{id}/credits")
	String show(@PathVariable UUID id, @RequestParam(required = false) @Nullable String month, Model model,
			HttpServletResponse response) {
		Caller caller = callers.require();
		Map<String, String> errors = new LinkedHashMap<>();
		page(caller, id, month, null, errors, model, response);
		return VIEW;
	}

	@PostMapping("/engagements/{id}/credits")
	String write(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Caller caller = callers.require();
		Map<String, String> errors = new LinkedHashMap<>();
		Map<String, String> fields = new LinkedHashMap<>(form.toSingleValueMap());
		fields.remove("reported");
		Long expected = version(fields.get("version"), errors);
		BigDecimal fee = number(fields.get("monthlyFee"), "monthlyFee", errors);
		BigDecimal share = number(fields.get("atRiskShare"), "atRiskShare", errors);
		BigDecimal total = number(fields.get("allocationTotal"), "allocationTotal", errors);
		// the rows filled in, by their index in the request: levels[2] is the row rows.get(2)
		List<Integer> rows = new ArrayList<>();
		List<LevelRequest> levels = new ArrayList<>();
		for (int row = 0; fields.containsKey("level." + row + ".kpi"); row++) {
			String prefix = "level." + row + ".";
			String kpi = blankToNull(fields.get(prefix + "kpi"));
			BigDecimal target = number(fields.get(prefix + "target"), prefix + "target", errors);
			BigDecimal minimum = number(fields.get(prefix + "minimum"), prefix + "minimum", errors);
			BigDecimal allocation = number(fields.get(prefix + "allocation"), prefix + "allocation", errors);
			boolean blank = kpi == null && blankToNull(fields.get(prefix + "target")) == null
					&& blankToNull(fields.get(prefix + "minimum")) == null
					&& blankToNull(fields.get(prefix + "allocation")) == null;
			if (!blank) {
				rows.add(row);
				levels.add(new LevelRequest(kpi, null, target, minimum, allocation));
			}
		}
		Set<String> critical = new LinkedHashSet<>();
		levels.forEach(level -> critical.add(level.kpi()));
		List<String> reported = form.getOrDefault("reported", List.of()).stream()
			.filter(code -> !critical.contains(code))
			.toList();
		try {
			if (!errors.isEmpty()) {
				throw new Problem(HttpStatus.BAD_REQUEST, "invalid-input", "The contract has invalid fields");
			}
			ContractView written = contracts.write(caller, id, expected, new CreditContracts.Request(
					blankToNull(fields.get("currency")), fee, share, total, levels, reported, bands(caller, id),
					blankToNull(fields.get("note"))));
			redirect.addFlashAttribute("creditNotice", message("governance.credit.page.saved", written.version()));
			return "redirect:/engagements/" + id + "/credits";
		}
		catch (Problem problem) {
			response.setStatus(problem.status().value());
			messagesOf(problem).forEach((field, text) -> errors.putIfAbsent(formField(field, rows), text));
			Map<String, String> shown = new LinkedHashMap<>(fields);
			form.getOrDefault("reported", List.of()).forEach(code -> shown.put("reported." + code, "on"));
			page(caller, id, null, shown, errors, model, response);
			return VIEW;
		}
	}

	@GetMapping("/engagements/{id}/credits/{month}.csv")
	ResponseEntity<byte[]> csv(@PathVariable UUID id, @PathVariable String month, Locale locale) {
		return files.csv(contracts.statement(callers.require(), id, CreditStatementFiles.month(month)),
				locale);
	}

	@GetMapping("/engagements/{id}/credits/{month}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id, @PathVariable String month, Locale locale) {
		return files.pdf(contracts.statement(callers.require(), id, CreditStatementFiles.month(month)),
				locale);
	}

	/**
	 * A refused request (no contract, a month without a statement, an engagement the caller does not read) on the error
	 * page, with this page's own message where it has one.
	 */
	@ExceptionHandler(Problem.class)
	ModelAndView problem(Problem problem, HttpServletResponse response) {
		return ProblemPage.of(problem, "governance.credit", response, messages, locale());
	}

	private void page(Caller caller, UUID id, @Nullable String monthText, @Nullable Map<String, String> form,
			Map<String, String> errors, Model model, HttpServletResponse response) {
		ContractView contract = contracts.find(caller, id).orElse(null);
		EngagementAccess engagement = engagements.access(caller, id);
		boolean mayWrite = contract != null ? contract.editable() : contracts.mayWrite(caller, id);
		CreditLabels labels = files.labels(locale());
		List<YearMonth> months = contracts.months(caller, id);
		YearMonth month = months.get(0);
		if (monthText != null && !monthText.isBlank()) {
			try {
				month = CreditStatementFiles.month(monthText.trim());
				if (!months.contains(month)) {
					errors.put("month", message("governance.credit.page.noStatement", monthText.trim()));
					response.setStatus(HttpStatus.NOT_FOUND.value());
					month = null;
				}
			}
			catch (Problem malformed) {
				errors.put("month", message("governance.credit.invalid.malformed-month"));
				response.setStatus(HttpStatus.BAD_REQUEST.value());
				month = null;
			}
		}
		model.addAttribute("engagement", engagement);
		model.addAttribute("contract", contract);
		model.addAttribute("mayWrite", mayWrite);
		model.addAttribute("errors", errors);
		model.addAttribute("kpis", CreditContracts.contractual());
		model.addAttribute("months", months);
		model.addAttribute("month", month);
		model.addAttribute("levels", contract == null ? List.of() : levelRows(contract.levels(), labels));
		model.addAttribute("bands", contract == null ? CreditContract.DEFAULT_BANDS : contract.bands());
		model.addAttribute("bandLabels", contract == null ? List.of() : contract.bands().stream().map(labels::band).toList());
		model.addAttribute("fee", contract == null ? null : labels.money(contract.monthlyFee(), contract.currency()));
		model.addAttribute("cap", contract == null ? null : labels.money(contract.cap(), contract.currency()));
		model.addAttribute("share", contract == null ? null : labels.number(contract.atRiskShare()));
		model.addAttribute("allocationTotal", contract == null ? null : labels.number(contract.allocationTotal()));
		Statement statement = contract == null || month == null ? null : contracts.statement(caller, id, month);
		model.addAttribute("statement", statement);
		if (statement != null) {
			CreditStatement s = statement.statement();
			model.addAttribute("statementMonth", labels.month(s.month()));
			model.addAttribute("lines", CreditLines.of(s, labels));
			model.addAttribute("reportedLines", s.reported().stream()
				.map(kpi -> new ReportedRow(kpi.kpi(), CreditLines.measure(kpi.kpi(), kpi.measure(), labels)))
				.toList());
			model.addAttribute("totalBeforeCap", labels.money(s.totalBeforeCap(), s.currency()));
			model.addAttribute("total", labels.money(s.total(), s.currency()));
			model.addAttribute("statementCap", labels.money(s.cap(), s.currency()));
		}
		Map<String, String> shown = form != null ? form : formOf(contract, caller, id);
		model.addAttribute("form", shown);
		int filled = 0;
		while (shown.containsKey("level." + filled + ".kpi")) {
			filled++;
		}
		model.addAttribute("rowCount", Math.max(filled, (contract == null ? 0 : contract.levels().size()) + EXTRA_ROWS));
	}

	/** The form of the version in force; for a first contract, the engagement's currency and monthly fee. */
	private Map<String, String> formOf(@Nullable ContractView contract, Caller caller, UUID id) {
		Map<String, String> form = new LinkedHashMap<>();
		if (contract == null) {
			CreditContracts.EngagementFacts facts = contracts.facts(caller, id);
			BigDecimal fee = facts.monthlyFee();
			String currency = facts.currency();
			form.put("version", "0");
			form.put("currency", currency);
			form.put("monthlyFee", fee == null ? "" : fee.toPlainString());
			form.put("atRiskShare", "");
			form.put("allocationTotal", CreditContract.FULL_POOL.toPlainString());
			return form;
		}
		form.put("version", String.valueOf(contract.version()));
		form.put("currency", contract.currency());
		form.put("monthlyFee", contract.monthlyFee().toPlainString());
		form.put("atRiskShare", contract.atRiskShare().toPlainString());
		form.put("allocationTotal", contract.allocationTotal().toPlainString());
		for (int i = 0; i < contract.levels().size(); i++) {
			ServiceLevel level = contract.levels().get(i);
			form.put("level." + i + ".kpi", level.kpi());
			form.put("level." + i + ".target", level.target().toPlainString());
			form.put("level." + i + ".minimum", level.minimum().toPlainString());
			form.put("level." + i + ".allocation", level.allocation().toPlainString());
		}
		contract.reported().forEach(code -> form.put("reported." + code, "on"));
		return form;
	}

	/** The bands of the version in force, kept by a write from the page; the default ones for a first contract. */
	private @Nullable List<BandRequest> bands(Caller caller, UUID id) {
		return contracts.find(caller, id)
			.map(contract -> contract.bands().stream()
				.map(band -> new BandRequest(band.name(), band.upTo(), band.factor()))
				.toList())
			.orElse(null);
	}

	private List<LevelRow> levelRows(List<ServiceLevel> levels, CreditLabels labels) {
		return levels.stream()
			.map(level -> new LevelRow(level.kpi(), labels.direction(level.direction()),
					CreditLines.measure(level.kpi(), level.target(), labels),
					CreditLines.measure(level.kpi(), level.minimum(), labels),
					labels.number(level.allocation()) + " %", CreditLines.unit(level.kpi(), labels)))
			.toList();
	}

	/** The form's input of an API field: levels[1].target is the input of the row the request's second level came from. */
	private static String formField(String field, List<Integer> rows) {
		Matcher level = LEVEL.matcher(field);
		if (level.matches()) {
			int index = Integer.parseInt(level.group(1));
			String row = index < rows.size() ? String.valueOf(rows.get(index)) : level.group(1);
			return "level." + row + "." + (level.group(2) == null ? "kpi" : level.group(2));
		}
		if (field.startsWith("reported[")) {
			return "reported";
		}
		if (field.startsWith("bands")) {
			return "form";
		}
		return field;
	}

	/** Each bad field's message, in the reader's language when the bundle has the code's; the problem's otherwise. */
	private Map<String, String> messagesOf(Problem problem) {
		Map<String, String> byField = new LinkedHashMap<>();
		if (problem.fieldErrors().isEmpty()) {
			byField.put("form", messages.getMessage("governance.credit.problem." + problem.code(), null,
					problem.getMessage(), locale()));
		}
		for (Problem.FieldError error : problem.fieldErrors()) {
			byField.put(error.field(), messages.getMessage("governance.credit.invalid." + error.code(), null,
					error.message(), locale()));
		}
		return byField;
	}

	private @Nullable Long version(@Nullable String text, Map<String, String> errors) {
		try {
			return text == null || text.isBlank() ? null : Long.parseLong(text.trim());
		}
		catch (NumberFormatException notANumber) {
			errors.put("form", message("governance.credit.problem.stale-version"));
			return null;
		}
	}

	/**
	 * A figure as typed: spaces between the thousands are left out and a decimal comma reads as a point, so 18 500,50
	 * and 18500.50 are the same fee.
	 */
	private @Nullable BigDecimal number(@Nullable String text, String field, Map<String, String> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String plain = text.replaceAll("[\\s\\u00a0\\u202f]", "").replace(',', '.');
		try {
			return new BigDecimal(plain);
		}
		catch (NumberFormatException notANumber) {
			errors.put(field, message("governance.credit.invalid.number"));
			return null;
		}
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, key, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}
}
