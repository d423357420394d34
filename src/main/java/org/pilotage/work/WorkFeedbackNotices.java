package org.pilotage.work;

import org.pilotage.work.WorkEvents.AttachmentAdded;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Who hears of an attachment, in the change's own transaction, through {@link WorkNotices}: the watchers, for a
 * client-visible attachment only (an internal one is told to nobody, as an internal comment).
 */
@Component
class WorkFeedbackNotices {

	private final WorkStore items;
	private final WorkNotices notices;

	WorkFeedbackNotices(WorkStore items, WorkNotices notices) {
		this.items = items;
		this.notices = notices;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(AttachmentAdded event) {
		// like a comment: an internal file reaches the provider's side's watchers only (checked in send)
		boolean internal = event.visibility() != Visibility.CLIENT;
		items.watchers(event.itemId())
			.forEach(watcher -> notices.send(event, watcher.userId(), "attachment", event.attachmentId().toString(),
					internal));
	}
}
