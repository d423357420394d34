package org.pilotage.notification;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.identity.CurrentCaller;
import org.pilotage.shared.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's notifications page, where the bell leads. */
@Controller
class NotificationPages {

	static final String VIEW = "notification/list";

	private final NotificationInbox inbox;
	private final CurrentCaller callers;

	NotificationPages(NotificationInbox inbox, CurrentCaller callers) {
		this.inbox = inbox;
		this.callers = callers;
	}

	@GetMapping("/notifications")
	String list(@RequestParam(required = false) @Nullable Integer page, Model model) {
		model.addAttribute("bell", inbox.bell(callers.require(), Paging.of(page, 50)));
		return VIEW;
	}

	/** Opening a notification marks it read and follows its link (a path on this server, checked on the way in). */
	@PostMapping("/notifications/{id}/open")
	String open(@PathVariable UUID id, @RequestParam(required = false) @Nullable String link) {
		inbox.markRead(callers.require(), id);
		boolean local = link != null && link.startsWith("/") && !link.startsWith("//") && !link.startsWith("/\\");
		return "redirect:" + (local ? link : "/notifications");
	}

	@PostMapping("/notifications/read-all")
	String readAll(RedirectAttributes redirect) {
		inbox.markAllRead(callers.require());
		redirect.addFlashAttribute("notice", "notification.allRead");
		return "redirect:/notifications";
	}
}
