package org.pilotage.work;

import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.identity.CurrentCaller;
import org.pilotage.shared.Problem;
import org.pilotage.shared.web.ETags;
import org.pilotage.work.TimeViews.ItemTimeView;
import org.pilotage.work.TimeViews.TimeEntryView;
import org.pilotage.work.TimeViews.TimesheetView;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Time logging over the API: entries on work items, weekly timesheets and their approval, an engagement's totals.
 * Every answer is shaped for the caller by {@link TimeLog}; an entry or a timesheet the caller may not read answers
 * 404 exactly like an unknown id.
 */
@RestController
@Tag(name = "Time", description = "Time entries on work items, weekly timesheets with approval, totals per engagement")
class TimeApi {

	private static final String IF_MATCH = HttpHeaders.IF_MATCH;

	private final CurrentCaller callers;
	private final TimeLog time;

	TimeApi(CurrentCaller callers, TimeLog time) {
		this.callers = callers;
		this.time = time;
	}

	@GetMapping("/api/v1/work-items/{id}/time-entries")
	@Operation(summary = "The item's logged minutes (total, approved) and its entries, newest first",
			description = "The client's users get the totals only, never an entry, a note or who logged it; a staffed "
					+ "freelancer gets its own entries.")
	ItemTimeView entries(@PathVariable UUID id) {
		return time.ofItem(callers.require(), id);
	}

	@PostMapping("/api/v1/work-items/{id}/time-entries")
	@Operation(summary = "Log time on the item: {\"date\":\"2026-11-27\",\"minutes\":90,\"note\":\"…\"}",
			description = "A person of the provider's side. 409 timesheet-locked (the week is submitted or approved), "
					+ "409 day-full (over 24 h that day, with the date), 400 bad fields, 422 future-date or "
					+ "before-engagement.")
	ResponseEntity<TimeEntryView> log(@PathVariable UUID id, @RequestBody TimeRequests.Entry request) {
		TimeEntryView entry = time.log(callers.require(), id, request);
		return ResponseEntity.created(URI.create("/api/v1/time-entries/" + entry.id()))
			.eTag(ETags.of(entry.version()))
			.body(entry);
	}

	@PutMapping("/api/v1/time-entries/{id}")
	@Operation(summary = "Replace the entry's date, minutes and note (its author, while the week is open); requires If-Match",
			description = "428 without If-Match, after the 404 and 403 checks, so it never tells who may change what.")
	ResponseEntity<TimeEntryView> update(@PathVariable UUID id,
			@RequestHeader(value = IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody TimeRequests.Entry request) {
		TimeEntryView entry = time.update(callers.require(), id, ETags.optionalVersion(ifMatch), request);
		return ResponseEntity.ok().eTag(ETags.of(entry.version())).body(entry);
	}

	@DeleteMapping("/api/v1/time-entries/{id}")
	@Operation(summary = "Remove the entry (its author, while the week is open); requires If-Match")
	ResponseEntity<Void> delete(@PathVariable UUID id,
			@RequestHeader(value = IF_MATCH, required = false) @Nullable String ifMatch) {
		time.delete(callers.require(), id, ETags.optionalVersion(ifMatch));
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/timesheets")
	@Operation(summary = "Timesheets of an ISO week (week=2026-W48; this week by default)",
			description = "With person: that person's (the caller itself, or a person of an organization the caller "
					+ "manages; anyone else 404). Without: the caller's own and every sheet of the organizations it "
					+ "manages.")
	List<TimesheetView> timesheets(@RequestParam(required = false) @Nullable UUID person,
			@RequestParam(required = false) @Nullable String week) {
		return time.timesheets(callers.require(), person, week(week));
	}

	@GetMapping("/api/v1/timesheets/{id}")
	@Operation(summary = "One timesheet: days, entries, history and what the caller may do with it")
	ResponseEntity<TimesheetView> timesheet(@PathVariable UUID id) {
		return withETag(time.timesheet(callers.require(), id));
	}

	@PostMapping("/api/v1/timesheets/{id}/submission")
	@Operation(summary = "Submit the week (its person; OPEN or RETURNED → SUBMITTED)",
			description = "409 illegal-transition lists what the caller may do instead.")
	ResponseEntity<TimesheetView> submit(@PathVariable UUID id,
			@RequestHeader(value = IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody(required = false) @Nullable Object body) {
		return withETag(time.submit(callers.require(), id, ETags.optionalVersion(ifMatch)));
	}

	@PostMapping("/api/v1/timesheets/{id}/approval")
	@Operation(summary = "Approve the week (a manager of the provider; SUBMITTED → APPROVED, final)")
	ResponseEntity<TimesheetView> approve(@PathVariable UUID id,
			@RequestHeader(value = IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody(required = false) @Nullable Object body) {
		return withETag(time.approve(callers.require(), id, ETags.optionalVersion(ifMatch)));
	}

	@PostMapping("/api/v1/timesheets/{id}/return")
	@Operation(summary = "Return the week with a reason (a manager of the provider; SUBMITTED → RETURNED)",
			description = "{\"reason\":\"…\"}, required (400 without).")
	ResponseEntity<TimesheetView> giveBack(@PathVariable UUID id,
			@RequestHeader(value = IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody TimeRequests.Return request) {
		return withETag(time.giveBack(callers.require(), id, ETags.optionalVersion(ifMatch), request));
	}

	@GetMapping("/api/v1/engagements/{id}/time-totals")
	@Operation(summary = "The engagement's minutes per ISO week and per item type, total and approved (from, to: days, inclusive)",
			description = "Per person for the provider's side only; a freelancer gets its own line; the client none.")
	TimeViews.TimeTotalsView totals(@PathVariable UUID id, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to) {
		return time.totals(callers.require(), id, day("from", from), day("to", to));
	}

	static IsoWeek week(@Nullable String week) {
		if (week == null || week.isBlank()) {
			return IsoWeek.of(LocalDate.now());
		}
		return IsoWeek.parse(week).orElseThrow(() -> Problem.invalid("week", "format", "must be an ISO week such as 2026-W48"));
	}

	static @Nullable LocalDate day(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeException e) {
			throw Problem.invalid(field, "format", "must be a day such as 2026-11-27");
		}
	}


	private static ResponseEntity<TimesheetView> withETag(TimesheetView view) {
		return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
	}
}
