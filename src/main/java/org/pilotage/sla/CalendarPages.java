package org.pilotage.sla;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.pilotage.identity.Caller;
import org.pilotage.identity.CurrentCaller;
import org.pilotage.identity.OrganizationManagement;
import org.pilotage.identity.OrganizationManagement.OrganizationSummary;
import org.pilotage.identity.OrganizationKind;
import org.pilotage.shared.Problem;
import org.pilotage.sla.BusinessCalendar.Interval;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The calendar pages: the list with a creation form (presets), and one calendar with its week (a text per weekday,
 * "09:00-12:00, 13:00-18:00"), its holiday source, its own days, an ICS upload and a preview in the calendar's zone
 * and the viewer's language. Plain forms that work without JavaScript; a refused form keeps what was typed and
 * shows each message next to its field.
 */
@Controller
class CalendarPages {

	static final String LIST = "sla/calendars";
	static final String DETAIL = "sla/calendar";

	private final CurrentCaller callers;
	private final SlaCalendars calendars;
	private final PublicHolidays holidays;
	private final OrganizationManagement organizations;
	private final MessageSource messages;

	CalendarPages(CurrentCaller callers, SlaCalendars calendars, PublicHolidays holidays,
			OrganizationManagement organizations, MessageSource messages) {
		this.callers = callers;
		this.calendars = calendars;
		this.holidays = holidays;
		this.organizations = organizations;
		this.messages = messages;
	}

	@GetMapping("/calendars")
	String list(Model model) {
		return showList(callers.require(), Map.of("preset", "office", "zone", "Europe/Paris"), Map.of(), model);
	}

	@PostMapping("/calendars")
	String create(@RequestParam Map<String, String> form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Caller caller = callers.require();
		WeekFormat errors = new WeekFormat();
		UUID organization = organization(caller, form.get("organizationId"), errors);
		Map<DayOfWeek, List<Interval>> week = CalendarInput.preset(form.get("preset"));
		if (week == null) {
			errors.error("preset", "preset", "choose a preset");
			week = Map.of();
		}
		CalendarInput.Draft draft = CalendarInput.draft(errors, holidays, form.get("name"), form.get("zone"), week,
				form.get("holidayCountry"), null);
		try {
			if (organization == null) {
				errors.throwIfAny();
			}
			CalendarView created = calendars.create(caller, organization, errors, draft);
			redirect.addFlashAttribute("notice", "sla.calendar.created");
			return "redirect:/calendars/" + created.id();
		}
		catch (Problem problem) {
			response.setStatus(problem.status().value());
			return showList(caller, form, messagesOf(problem), model);
		}
	}

	@GetMapping("/calendars/{id}")
	String detail(@PathVariable UUID id, Model model) {
		Caller caller = callers.require();
		CalendarView calendar = calendars.view(caller, id);
		return showDetail(caller, calendar, formOf(calendar), Map.of(), Map.of(), Map.of(), model);
	}

	@PostMapping("/calendars/{id}")
	String update(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Caller caller = callers.require();
		CalendarView calendar = calendars.view(caller, id);
		WeekFormat errors = new WeekFormat();
		Map<DayOfWeek, String> texts = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			texts.put(day, form.getOrDefault("week." + day, ""));
		}
		Map<DayOfWeek, List<Interval>> week = errors.week("week", texts);
		CalendarInput.Draft draft = CalendarInput.draft(errors, holidays, form.get("name"), form.get("zone"), week,
				form.get("holidayCountry"), sameCountry(calendar, form) ? form.get("holidayRegion") : null);
		try {
			calendars.update(caller, id, version(form), errors, draft);
			redirect.addFlashAttribute("notice", "sla.calendar.saved");
			return "redirect:/calendars/" + id;
		}
		catch (Problem problem) {
			response.setStatus(problem.status().value());
			return showDetail(caller, calendar, form, messagesOf(problem), Map.of(), Map.of(), model);
		}
	}

	@PostMapping("/calendars/{id}/days")
	String addDay(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Caller caller = callers.require();
		CalendarView calendar = calendars.view(caller, id);
		WeekFormat errors = new WeekFormat();
		List<Interval> intervals = errors.intervals("intervals", form.get("intervals"), false, new ArrayList<>());
		CalendarInput.DayDraft day = CalendarInput.day(errors, form.get("day"), form.get("kind"), intervals,
				form.get("label"));
		try {
			calendars.putDay(caller, id, null, errors, day);
			redirect.addFlashAttribute("notice", "sla.calendar.daySaved");
			return "redirect:/calendars/" + id + "#days";
		}
		catch (Problem problem) {
			response.setStatus(problem.status().value());
			return showDetail(caller, calendar, formOf(calendar), Map.of(), form, messagesOf(problem), model);
		}
	}

	@PostMapping("/calendars/{id}/days/remove")
	String removeDay(@PathVariable UUID id, @RequestParam(required = false) @Nullable String day,
			RedirectAttributes redirect) {
		Caller caller = callers.require();
		calendars.view(caller, id);
		WeekFormat errors = new WeekFormat();
		LocalDate date = errors.date("day", day);
		if (date != null) {
			try {
				calendars.removeDay(caller, id, null, date);
				redirect.addFlashAttribute("notice", "sla.calendar.dayRemoved");
			}
			catch (Problem gone) {
				if (gone.status() == HttpStatus.FORBIDDEN) {
					throw gone;
				}
			}
		}
		return "redirect:/calendars/" + id + "#days";
	}

	@PostMapping("/calendars/{id}/import")
	String importIcs(@PathVariable UUID id, @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			Model model, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		Caller caller = callers.require();
		CalendarView calendar = calendars.view(caller, id);
		try {
			if (file == null || file.isEmpty()) {
				throw Problem.invalid("file", "required", "choose an .ics file");
			}
			if (file.getSize() > CalendarsApi.MAX_ICS_BYTES) {
				throw new Problem(HttpStatus.CONTENT_TOO_LARGE, "too-large", "An ICS file may have 1 MiB at most");
			}
			SlaCalendars.Imported imported = calendars.importIcs(caller, id, null,
					new String(file.getBytes(), StandardCharsets.UTF_8));
			redirect.addFlashAttribute("imported", imported);
			return "redirect:/calendars/" + id + "#days";
		}
		catch (Problem problem) {
			response.setStatus(problem.status().value());
			Map<String, String> errors = new LinkedHashMap<>();
			errors.put("file", problem.code().equals("invalid-ics") ? problem.getMessage()
					: problem.code().equals("too-large") ? message("sla.calendar.icsTooLarge")
							: messagesOf(problem).values().stream().findFirst().orElse(problem.getMessage()));
			return showDetail(caller, calendar, formOf(calendar), errors, Map.of(), Map.of(), model);
		}
	}

	@PostMapping("/calendars/{id}/delete")
	String delete(@PathVariable UUID id, RedirectAttributes redirect) {
		calendars.delete(callers.require(), id, null);
		redirect.addFlashAttribute("notice", "sla.calendar.deleted");
		return "redirect:/calendars";
	}

	private String showList(Caller caller, Map<String, String> form, Map<String, String> errors, Model model) {
		List<CalendarView> list = calendars.list(caller, null);
		Set<UUID> editable = calendars.editableOrganizations(caller);
		List<OrganizationSummary> owners = editable == null
				? organizations.directory(Set.of(OrganizationKind.values()))
				: organizations.summaries(editable);
		Map<UUID, String> names = new LinkedHashMap<>();
		organizations.summaries(list.stream().map(CalendarView::organizationId).distinct().toList())
			.forEach(summary -> names.put(summary.id(), summary.name()));
		model.addAttribute("calendars", list);
		model.addAttribute("owners", owners);
		model.addAttribute("ownerNames", names);
		model.addAttribute("presets", CalendarInput.PRESETS);
		model.addAttribute("countries", holidays.countryNames(LocaleContextHolder.getLocale()));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return LIST;
	}

	private String showDetail(Caller caller, CalendarView calendar, Map<String, String> form,
			Map<String, String> errors, Map<String, String> dayForm, Map<String, String> dayErrors, Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		int year = LocalDate.now(calendar.zone().isEmpty() ? java.time.ZoneOffset.UTC : java.time.ZoneId.of(calendar.zone())).getYear();
		model.addAttribute("calendar", calendar);
		model.addAttribute("canEdit", calendars.edits(caller, calendar.organizationId()));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("dayForm", dayForm);
		model.addAttribute("dayErrors", dayErrors);
		model.addAttribute("weekdays", DayOfWeek.values());
		model.addAttribute("countries", holidays.countryNames(locale));
		model.addAttribute("regions", calendar.holidayCountry() == null ? List.of()
				: holidays.regions(calendar.holidayCountry(), locale));
		model.addAttribute("days", calendars.days(caller, calendar.id(), null, null));
		model.addAttribute("holidayYear", year);
		model.addAttribute("holidays", calendar.holidayCountry() == null ? List.of()
				: holidays.holidays(calendar.holidayCountry(), calendar.holidayRegion(), year, locale));
		model.addAttribute("preview", preview(caller, calendar, locale));
		return DETAIL;
	}

	/** The preview's instants written in the calendar's zone and the viewer's language. */
	record PreviewLine(String target, @Nullable String due) {
	}

	private Map<String, Object> preview(Caller caller, CalendarView calendar, Locale locale) {
		SlaCalendars.Preview preview = calendars.preview(caller, calendar.id(), null);
		DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
			.withLocale(locale);
		java.time.ZoneId zone = java.time.ZoneId.of(preview.zone());
		List<PreviewLine> lines = new ArrayList<>();
		for (SlaCalendars.Due due : preview.due()) {
			lines.add(new PreviewLine(message("sla.calendar.target." + due.target()),
					due.due() == null ? null : format.format(ZonedDateTime.ofInstant(due.due(), zone))));
		}
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("now", format.format(ZonedDateTime.ofInstant(preview.at(), zone)));
		model.put("open", preview.openNow());
		model.put("next", preview.nextOpening() == null ? null
				: format.format(ZonedDateTime.ofInstant(preview.nextOpening(), zone)));
		model.put("lines", lines);
		return model;
	}

	private static Map<String, String> formOf(CalendarView calendar) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("name", calendar.name());
		form.put("zone", calendar.zone());
		form.put("holidayCountry", calendar.holidayCountry() == null ? "" : calendar.holidayCountry());
		form.put("holidayRegion", calendar.holidayRegion() == null ? "" : calendar.holidayRegion());
		form.put("version", Long.toString(calendar.version()));
		calendar.week().forEach((day, pairs) -> form.put("week." + day,
				String.join(", ", pairs.stream().map(pair -> pair.get(0) + "-" + pair.get(1)).toList())));
		return form;
	}

	/** The region is kept only while the country stays the one whose regions the form offered. */
	private static boolean sameCountry(CalendarView calendar, Map<String, String> form) {
		String country = form.getOrDefault("holidayCountry", "");
		return calendar.holidayCountry() != null && calendar.holidayCountry().equalsIgnoreCase(country.strip());
	}

	private @Nullable UUID organization(Caller caller, @Nullable String id, WeekFormat errors) {
		Set<UUID> editable = calendars.editableOrganizations(caller);
		if (id != null && !id.isBlank()) {
			try {
				return UUID.fromString(id.strip());
			}
			catch (IllegalArgumentException e) {
				errors.error("organizationId", "required", "choose an organization");
				return null;
			}
		}
		if (editable != null && editable.size() == 1) {
			return editable.iterator().next();
		}
		errors.error("organizationId", "required", "choose an organization");
		return null;
	}

	private static long version(Map<String, String> form) {
		try {
			return Long.parseLong(form.getOrDefault("version", "-1"));
		}
		catch (NumberFormatException e) {
			return -1;
		}
	}

	/** One message per field, from {@code sla.calendar.invalid.<code>}, else the API's English message. */
	private Map<String, String> messagesOf(Problem problem) {
		Map<String, String> byField = new LinkedHashMap<>();
		if (problem.fieldErrors().isEmpty()) {
			byField.put("form", messages.getMessage("sla.calendar.problem." + problem.code(), null,
					problem.getMessage(), LocaleContextHolder.getLocale()));
			return byField;
		}
		for (Problem.FieldError error : problem.fieldErrors()) {
			String field = error.field();
			int bracket = field.indexOf('[');
			String input = bracket < 0 ? field : field.substring(0, bracket);
			String text = messages.getMessage("sla.calendar.invalid." + error.code(), null, error.message(),
					LocaleContextHolder.getLocale());
			byField.merge(input, text, (first, next) -> first.equals(next) ? first : first + " " + next);
		}
		return byField;
	}

	private String message(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}
}
