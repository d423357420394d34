package org.pilotage.notification;

import jakarta.servlet.http.HttpServletRequest;

import org.pilotage.identity.CurrentCaller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the signed-in user's unread count for the bell in the layout. API calls skip the query:
 * their answers have no layout.
 */
@ControllerAdvice
class BellModel {

	private final CurrentCaller callers;
	private final NotificationInbox inbox;

	BellModel(CurrentCaller callers, NotificationInbox inbox) {
		this.callers = callers;
		this.inbox = inbox;
	}

	@ModelAttribute
	void unreadNotifications(HttpServletRequest request, Model model) {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return;
		}
		callers.find().ifPresent(caller -> model.addAttribute("unreadNotifications", inbox.unread(caller)));
	}
}
