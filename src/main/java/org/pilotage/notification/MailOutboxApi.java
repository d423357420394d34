package org.pilotage.notification;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.pilotage.identity.CurrentCaller;
import org.pilotage.shared.PageResult;
import org.pilotage.shared.Paging;
import org.pilotage.shared.Problem;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The state of the e-mail outbox, so that a stuck or unconfigured outbox is seen (PLATFORM_ADMIN). */
@RestController
@RequestMapping("/api/v1/admin/mail-outbox")
@Tag(name = "Mail outbox", description = "E-mails waiting, sent and given up (PLATFORM_ADMIN)")
class MailOutboxApi {

	record OutboxState(boolean smtpConfigured, Map<MailOutbox.Status, Long> counts,
			MailOutbox.Status status, PageResult<MailOutbox.Entry> rows) {
	}

	private final MailOutbox outbox;
	private final MailDispatcher dispatcher;
	private final CurrentCaller callers;

	MailOutboxApi(MailOutbox outbox, MailDispatcher dispatcher, CurrentCaller callers) {
		this.outbox = outbox;
		this.dispatcher = dispatcher;
		this.callers = callers;
	}

	@GetMapping
	@Transactional(readOnly = true)
	@Operation(summary = "Counts by status and the rows of one status (FAILED by default), newest first")
	OutboxState state(@RequestParam(required = false) MailOutbox.@Nullable Status status,
			@RequestParam(required = false) @Nullable Integer page, @RequestParam(required = false) @Nullable Integer size) {
		if (!callers.require().isPlatformAdmin()) {
			throw Problem.forbidden("Only platform administrators see the mail outbox");
		}
		MailOutbox.Status shown = status == null ? MailOutbox.Status.FAILED : status;
		Paging paging = Paging.of(page, size);
		Map<MailOutbox.Status, Long> counts = outbox.counts();
		return new OutboxState(dispatcher.canSend(), counts, shown,
				PageResult.of(outbox.page(shown, paging), paging, counts.get(shown)));
	}
}
