package org.pilotage.estimation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.pilotage.estimation.reference.ReferenceData;
import org.pilotage.estimation.reference.ReferenceSnapshot;
import org.pilotage.shared.Problem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.json.JsonMapper;

/**
 * The public estimator page. The form is rebuilt on every action (add a row, remove a row, estimate) so that
 * nothing typed is lost and the page works without JavaScript; an estimate redirects to its permalink, which
 * shows the same form filled in with the results, the assumptions to adjust, and the exports.
 */
@Controller
class EstimatePages {

	static final String VIEW = "estimation/estimate";

	private final EstimationService estimation;
	private final ReferenceData reference;
	private final EstimateExports exports;
	private final JsonMapper json;
	private final MessageSource messages;

	EstimatePages(EstimationService estimation, ReferenceData reference, EstimateExports exports, JsonMapper json,
			MessageSource messages) {
		this.estimation = estimation;
		this.reference = reference;
		this.exports = exports;
		this.json = json;
		this.messages = messages;
	}

	@GetMapping("/estimate")
	String form(Model model) {
		return show(new EstimateForm(), null, Map.of(), model);
	}

	@GetMapping("/estimate/{id}")
	String saved(@PathVariable UUID id, Model model) {
		EstimateResult result = estimation.get(id);
		return show(EstimateForm.of(result.input()), result, Map.of(), model);
	}

	@PostMapping("/estimate")
	String submit(@ModelAttribute("form") EstimateForm form, @RequestParam(defaultValue = "estimate") String action,
			@RequestParam(required = false) @Nullable Integer row, Model model, HttpServletResponse response) {
		if (action.equals("add-row")) {
			if (form.getTeam().size() < EstimateValidation.MAX_ROWS) {
				EstimateForm.RowForm last = form.getTeam().isEmpty() ? new EstimateForm.RowForm()
						: form.getTeam().get(form.getTeam().size() - 1);
				EstimateForm.RowForm added = new EstimateForm.RowForm();
				added.setSeniority(last.getSeniority());
				added.setLocation(last.getLocation());
				form.getTeam().add(added);
			}
			return show(form, null, Map.of(), model);
		}
		if (action.equals("remove-row") && row != null && row >= 0 && row < form.getTeam().size()) {
			form.getTeam().remove((int) row);
			return show(form, null, Map.of(), model);
		}
		List<Problem.FieldError> errors = new ArrayList<>();
		EstimateRequest request = form.toRequest(errors);
		try {
			if (errors.isEmpty()) {
				EstimateResult result = estimation.estimate(request);
				return "redirect:/estimate/" + result.id();
			}
			EstimateValidation.check(request, reference.current());
		}
		catch (Problem problem) {
			if (problem.status() != HttpStatus.BAD_REQUEST) {
				throw problem;
			}
			errors.addAll(problem.fieldErrors());
		}
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> byField = new LinkedHashMap<>();
		errors.forEach(error -> byField.putIfAbsent(error.field(), message(error, locale)));
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return show(form, previous(form), byField, model);
	}

	/** The estimate the form came from, while its rows still match it, so its assumptions stay editable. */
	private @Nullable EstimateResult previous(EstimateForm form) {
		try {
			UUID id = UUID.fromString(form.getFrom());
			return estimation.find(id)
				.filter(result -> result.input().team() != null && result.input().team().size() == form.getTeam().size())
				.orElse(null);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	@GetMapping("/estimate/{id}/csv")
	ResponseEntity<byte[]> csv(@PathVariable UUID id, Locale locale) {
		return exports.csvFile(estimation.get(id), locale);
	}

	@GetMapping("/estimate/{id}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id, Locale locale) {
		return exports.pdfFile(estimation.get(id), locale);
	}

	private String show(EstimateForm form, @Nullable EstimateResult result, Map<String, String> errors,
			Model model) {
		ReferenceSnapshot snapshot = reference.current();
		model.addAttribute("form", form);
		model.addAttribute("result", result);
		model.addAttribute("errors", errors);
		model.addAttribute("reference", snapshot);
		model.addAttribute("maxRows", EstimateValidation.MAX_ROWS);
		if (result != null) {
			model.addAttribute("chart", json.writeValueAsString(chart(result, LocaleContextHolder.getLocale())));
			model.addAttribute("assumptions", result.models().get(0).assumptions());
		}
		return VIEW;
	}

	/**
	 * The message shown next to a field: specific to the field when the bundles have one
	 * ({@code estimate.invalid.team.count.out-of-range}), else the generic one for the code.
	 */
	private String message(Problem.FieldError error, Locale locale) {
		String field = error.field().replaceAll("\\[\\d+\\]", "");
		if (field.startsWith("parameters.")) {
			field = "parameters";
		}
		String generic = messages.getMessage("invalid." + error.code(), null, error.message(), locale);
		return messages.getMessage("estimate.invalid." + field + "." + error.code(), null, generic, locale);
	}

	/** What the chart script needs: per model, the total with its P10–P90 range and the cumulative cost. */
	private Map<String, Object> chart(EstimateResult result, Locale locale) {
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("currency", result.currency());
		chart.put("locale", locale.toLanguageTag());
		chart.put("totalsTitle", messages.getMessage("estimate.chart.totals", null, locale));
		chart.put("cumulativeTitle", messages.getMessage("estimate.chart.cumulative", null, locale));
		chart.put("monthLabel", messages.getMessage("estimate.chart.month", null, locale));
		chart.put("rangeLabel", messages.getMessage("estimate.range", null, locale));
		chart.put("months", result.input().durationMonths());
		chart.put("models", result.models().stream().map(m -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("model", m.model().name());
			entry.put("label", messages.getMessage("estimate.model." + m.model().name(), null, locale));
			entry.put("total", m.totalCost());
			entry.put("p10", m.percentiles().totalCost().p10());
			entry.put("p50", m.percentiles().totalCost().p50());
			entry.put("p90", m.percentiles().totalCost().p90());
			entry.put("cumulative", m.cumulativeCostByMonth());
			return entry;
		}).toList());
		return chart;
	}
}
