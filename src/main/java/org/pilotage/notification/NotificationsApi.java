package org.pilotage.notification;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.identity.CurrentCaller;
import org.pilotage.shared.Paging;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import tools.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The caller's in-app notifications (the bell). Marking read needs no body; one that is sent must still be JSON,
 * as on every endpoint of the API (400 {@code malformed-json} otherwise).
 */
@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications", description = "The caller's in-app notifications")
class NotificationsApi {

	private final NotificationInbox inbox;
	private final CurrentCaller callers;

	NotificationsApi(NotificationInbox inbox, CurrentCaller callers) {
		this.inbox = inbox;
		this.callers = callers;
	}

	@GetMapping
	@Operation(summary = "The caller's notifications, newest first, with the unread count")
	NotificationInbox.Bell list(@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return inbox.bell(callers.require(), Paging.of(page, size));
	}

	@PostMapping("/{id}/read")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Mark one of the caller's notifications read (404 for anyone else's)")
	void read(@PathVariable UUID id, @RequestBody(required = false) @Nullable JsonNode none) {
		inbox.markRead(callers.require(), id);
	}

	@PostMapping("/read-all")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Mark all the caller's notifications read")
	void readAll(@RequestBody(required = false) @Nullable JsonNode none) {
		inbox.markAllRead(callers.require());
	}
}
