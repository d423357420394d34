package org.pilotage.governance;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.pilotage.identity.CurrentCaller;
import org.pilotage.shared.Problem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The supplier scorecards page: the providers the caller compares, best first, with each component's points and
 * weight, and the previous period's score; the rules under the table. The same cards the API answers the same caller;
 * bad parameters show their messages with status 400.
 */
@Controller
class ScorecardPages {

	/** A provider's row, its numbers written in the reader's language. */
	record Row(String providerId, String provider, String rank, String score, String previousScore, String trend,
			boolean reweighted, int engagements, List<Cell> cells) {
	}

	/** A component's points, the share of the score it weighs when re-weighted, and the figures behind them. */
	record Cell(String component, String value, @Nullable String applied, String figures) {
	}

	/** A component's name, weight and rule, as the table's heading and the rules below it show them. */
	record Weight(String component, String name, String weight, String rule) {
	}

	private final CurrentCaller callers;
	private final SupplierScorecards scorecards;
	private final MessageSource messages;

	ScorecardPages(CurrentCaller callers, SupplierScorecards scorecards, MessageSource messages) {
		this.callers = callers;
		this.scorecards = scorecards;
		this.messages = messages;
	}

	@GetMapping("/scorecards")
	String page(@RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable String date, Model model, HttpServletResponse response) {
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("periods", List.of("month", "quarter"));
		model.addAttribute("period", period == null ? "month" : period);
		model.addAttribute("date", date == null ? "" : date);
		SupplierScorecards.Comparison comparison;
		try {
			comparison = scorecards.compare(callers.require(), period, date);
		}
		catch (Problem invalid) {
			if (invalid.status() != HttpStatus.BAD_REQUEST) {
				throw invalid;
			}
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			Map<String, String> errors = new LinkedHashMap<>();
			invalid.fieldErrors().forEach(error -> errors.putIfAbsent(error.field(), messages.getMessage(
					"governance.scorecard.invalid." + error.field(), null, error.message(), locale)));
			model.addAttribute("errors", errors);
			model.addAttribute("comparison", null);
			return "governance/scorecards";
		}
		model.addAttribute("errors", Map.of());
		model.addAttribute("comparison", comparison);
		model.addAttribute("weights", comparison.weights()
			.stream()
			.map(w -> new Weight(w.component(), w.name(), number(w.weight(), locale), w.rule()))
			.toList());
		List<Row> rows = new ArrayList<>();
		for (SupplierScorecards.Card card : comparison.scorecards()) {
			List<Cell> cells = new ArrayList<>();
			for (SupplierScorecards.ComponentView component : card.components()) {
				cells.add(new Cell(component.component(), component.value() == null ? "—" : number(component.value(),
						locale), card.reweighted() && component.appliedWeight() != null
								? number(component.appliedWeight(), locale) : null,
						number(component.numerator(), locale) + " / " + number(component.denominator(), locale)));
			}
			rows.add(new Row(card.providerId().toString(), card.provider(),
					card.rank() == null ? "—" : card.rank().toString(),
					card.score() == null ? "—" : number(card.score(), locale),
					card.previousScore() == null ? "—" : number(card.previousScore(), locale),
					trend(card.score(), card.previousScore()), card.reweighted(), card.engagements(), cells));
		}
		model.addAttribute("rows", rows);
		return "governance/scorecards";
	}

	/** Whether the score went up ("better"), down ("worse") or neither ("same") since the previous period. */
	private static String trend(@Nullable BigDecimal now, @Nullable BigDecimal before) {
		if (now == null || before == null || now.compareTo(before) == 0) {
			return "same";
		}
		return now.compareTo(before) > 0 ? "better" : "worse";
	}

	private static String number(BigDecimal value, Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(0);
		format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
		return format.format(value);
	}
}
