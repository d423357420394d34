package org.pilotage.work;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.pilotage.engagement.Engagements;
import org.pilotage.identity.Caller;
import org.pilotage.identity.CurrentCaller;
import org.pilotage.shared.Problem;
import org.pilotage.talent.PersonCard;
import org.pilotage.talent.TalentDirectory;
import org.pilotage.work.TimeViews.TimesheetView;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The time pages: the "Time" section of an item (its form posts here; a bad field shows the item again with status
 * 400 and the message next to the field), the timesheet page (the caller's week as items × days, and its team's
 * weeks to approve or return), and an engagement's totals. They go through {@link TimeLog} like the API.
 */
@Controller
class TimePages {

	static final String SHEETS = "work/timesheets";
	static final String TOTALS = "work/time-totals";

	private final CurrentCaller callers;
	private final TimeLog time;
	private final WorkPages workPages;
	private final Engagements engagements;
	private final TalentDirectory talent;
	private final MessageSource messages;

	TimePages(CurrentCaller callers, TimeLog time, WorkPages workPages, Engagements engagements,
			TalentDirectory talent, MessageSource messages) {
		this.callers = callers;
		this.time = time;
		this.workPages = workPages;
		this.engagements = engagements;
		this.talent = talent;
		this.messages = messages;
	}

	@PostMapping("/work-items/{id}/time")
	String log(@PathVariable UUID id, @RequestParam Map<String, String> params, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Caller caller = callers.require();
		Map<String, String> form = new LinkedHashMap<>();
		for (String field : List.of("date", "minutes", "note")) {
			form.put(field, params.getOrDefault(field, "").strip());
		}
		Integer minutes = null;
		try {
			minutes = form.get("minutes").isEmpty() ? null : Integer.valueOf(form.get("minutes"));
		}
		catch (NumberFormatException notANumber) {
			minutes = -1;
		}
		try {
			time.log(caller, id, new TimeRequests.Entry(form.get("date"), minutes, form.get("note")));
			redirect.addFlashAttribute("workNotice", "time.notice.logged");
			return "redirect:/work-items/" + id + "#time";
		}
		catch (Problem problem) {
			if (problem.fieldErrors().isEmpty() || problem.status() == HttpStatus.NOT_FOUND) {
				if (problem.status() == HttpStatus.NOT_FOUND) {
					throw problem;
				}
				redirect.addFlashAttribute("workProblem", problem);
				return "redirect:/work-items/" + id + "#time";
			}
			model.addAttribute("timeForm", form);
			model.addAttribute("timeErrors", fieldMessages(problem.fieldErrors()));
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return workPages.detail(id, model);
		}
	}

	@PostMapping("/time-entries/{id}/delete")
	String delete(@PathVariable UUID id, @RequestParam UUID item, @RequestParam long version,
			RedirectAttributes redirect) {
		Caller caller = callers.require();
		try {
			time.delete(caller, id, version);
			redirect.addFlashAttribute("workNotice", "time.notice.removed");
		}
		catch (Problem problem) {
			if (problem.status() == HttpStatus.NOT_FOUND) {
				throw problem;
			}
			redirect.addFlashAttribute("workProblem", problem);
		}
		return "redirect:/work-items/" + item + "#time";
	}

	@GetMapping("/timesheets")
	String sheets(@RequestParam(required = false) @Nullable String week, Model model) {
		return sheets(callers.require(), weekOf(week), Map.of(), Map.of(), model);
	}

	@PostMapping("/timesheets/{id}/submit")
	String submit(@PathVariable UUID id, RedirectAttributes redirect) {
		Caller caller = callers.require();
		return moved(redirect, caller, id, "time.notice.submitted", () -> time.submit(caller, id, null));
	}

	@PostMapping("/timesheets/{id}/approve")
	String approve(@PathVariable UUID id, RedirectAttributes redirect) {
		Caller caller = callers.require();
		return moved(redirect, caller, id, "time.notice.approved", () -> time.approve(caller, id, null));
	}

	@PostMapping("/timesheets/{id}/return")
	String giveBack(@PathVariable UUID id, @RequestParam(required = false) @Nullable String reason, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Caller caller = callers.require();
		TimesheetView sheet = time.timesheet(caller, id);
		try {
			time.giveBack(caller, id, null, new TimeRequests.Return(reason));
			redirect.addFlashAttribute("timeNotice", "time.notice.returned");
		}
		catch (Problem problem) {
			if (problem.status() != HttpStatus.BAD_REQUEST) {
				if (problem.status() == HttpStatus.NOT_FOUND) {
					throw problem;
				}
				redirect.addFlashAttribute("timeProblem", problem);
				return "redirect:/timesheets?week=" + sheet.week();
			}
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			String message = fieldMessages(problem.fieldErrors()).getOrDefault("reason", problem.getMessage());
			return sheets(caller, IsoWeek.parse(sheet.week()).orElseThrow(), Map.of(id, message),
					Map.of(id, reason == null ? "" : reason), model);
		}
		return "redirect:/timesheets?week=" + sheet.week();
	}

	@GetMapping("/engagements/{id}/time")
	String totals(@PathVariable UUID id, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, Model model, HttpServletResponse response) {
		Caller caller = callers.require();
		Map<String, String> errors = new LinkedHashMap<>();
		LocalDate fromDay = null;
		LocalDate toDay = null;
		try {
			fromDay = TimeApi.day("from", from);
		}
		catch (Problem problem) {
			errors.putAll(fieldMessages(problem.fieldErrors()));
		}
		try {
			toDay = TimeApi.day("to", to);
		}
		catch (Problem problem) {
			errors.putAll(fieldMessages(problem.fieldErrors()));
		}
		TimeViews.TimeTotalsView totals;
		try {
			totals = time.totals(caller, id, errors.isEmpty() ? fromDay : null, errors.isEmpty() ? toDay : null);
		}
		catch (Problem problem) {
			if (problem.status() != HttpStatus.BAD_REQUEST) {
				throw problem;
			}
			errors.putAll(fieldMessages(problem.fieldErrors()));
			totals = time.totals(caller, id, null, null);
		}
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		model.addAttribute("engagement", engagements.access(caller, id));
		model.addAttribute("totals", totals);
		model.addAttribute("from", from == null ? "" : from);
		model.addAttribute("to", to == null ? "" : to);
		model.addAttribute("errors", errors);
		return TOTALS;
	}

	/** A row of the week's grid: an item's minutes on each day and in all. */
	record GridRow(UUID itemId, String itemKey, String itemTitle, List<Long> days, long total) {
	}

	/** The caller's own sheet as items × days. */
	record Grid(TimesheetView sheet, List<GridRow> rows) {
	}

	private String sheets(Caller caller, IsoWeek week, Map<UUID, String> returnErrors, Map<UUID, String> reasons,
			Model model) {
		Optional<UUID> own = talent.personOfUser(caller.userId()).map(PersonCard::id);
		List<TimesheetView> all = time.timesheets(caller, null, week);
		List<Grid> mine = all.stream().filter(s -> own.filter(s.personId()::equals).isPresent()).map(TimePages::grid)
			.toList();
		List<TimesheetView> team = all.stream().filter(s -> own.filter(s.personId()::equals).isEmpty()).toList();
		model.addAttribute("week", week);
		model.addAttribute("hasPerson", own.isPresent());
		model.addAttribute("mine", mine);
		model.addAttribute("team", team);
		model.addAttribute("returnErrors", returnErrors);
		model.addAttribute("reasons", reasons);
		return SHEETS;
	}

	private static Grid grid(TimesheetView sheet) {
		Map<UUID, long[]> minutes = new LinkedHashMap<>();
		Map<UUID, TimeViews.TimeEntryView> first = new LinkedHashMap<>();
		for (TimeViews.TimeEntryView entry : sheet.entries()) {
			int day = (int) java.time.temporal.ChronoUnit.DAYS.between(sheet.from(), entry.date());
			minutes.computeIfAbsent(entry.itemId(), k -> new long[7])[day] += entry.minutes();
			first.putIfAbsent(entry.itemId(), entry);
		}
		List<GridRow> rows = new ArrayList<>();
		minutes.forEach((item, days) -> {
			List<Long> perDay = java.util.Arrays.stream(days).boxed().toList();
			rows.add(new GridRow(item, first.get(item).itemKey(), first.get(item).itemTitle(), perDay,
					java.util.Arrays.stream(days).sum()));
		});
		return new Grid(sheet, rows);
	}

	private String moved(RedirectAttributes redirect, Caller caller, UUID id, String notice, Runnable action) {
		TimesheetView sheet = time.timesheet(caller, id);
		try {
			action.run();
			redirect.addFlashAttribute("timeNotice", notice);
		}
		catch (Problem problem) {
			if (problem.status() == HttpStatus.NOT_FOUND) {
				throw problem;
			}
			redirect.addFlashAttribute("timeProblem", problem);
		}
		return "redirect:/timesheets?week=" + sheet.week();
	}

	private static IsoWeek weekOf(@Nullable String week) {
		try {
			return TimeApi.week(week);
		}
		catch (Problem unreadable) {
			return IsoWeek.of(LocalDate.now());
		}
	}

	/** The message shown next to each field, in the page's language; the first error of a field wins. */
	private Map<String, String> fieldMessages(List<Problem.FieldError> errors) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> byField = new LinkedHashMap<>();
		errors.forEach(error -> byField.putIfAbsent(error.field(),
				messages.getMessage("time.invalid." + error.code(), null,
						messages.getMessage("work.invalid." + error.code(), null, error.message(), locale), locale)));
		return byField;
	}
}
