package org.pilotage.notification;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.pilotage.identity.Caller;
import org.pilotage.shared.PageResult;
import org.pilotage.shared.Paging;
import org.pilotage.shared.Problem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The caller's own notifications: the bell's list and count, and marking them read. */
@Service
@Transactional
class NotificationInbox {

	/** A page of notifications, newest first, with the number still unread. */
	record Bell(List<InAppNotification> items, int page, int size, long totalElements, int totalPages, long unread) {

		/** The pages share the list pager, which asks: a user's notifications are always counted exactly. */
		public boolean totalExact() {
			return true;
		}

		static Bell of(PageResult<InAppNotification> page, long unread) {
			return new Bell(page.items(), page.page(), page.size(), page.totalElements(), page.totalPages(), unread);
		}
	}

	private final NotificationStore store;
	private final Clock clock;

	NotificationInbox(NotificationStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Bell bell(Caller caller, Paging paging) {
		UUID user = caller.userId();
		return Bell.of(PageResult.of(store.page(user, paging), paging, store.count(user)), store.unread(user));
	}

	@Transactional(readOnly = true)
	long unread(Caller caller) {
		return store.unread(caller.userId());
	}

	/** Someone else's notification answers 404 like one that does not exist. */
	void markRead(Caller caller, UUID id) {
		if (!store.markRead(caller.userId(), id, clock.instant())) {
			throw Problem.notFound("Notification");
		}
	}

	int markAllRead(Caller caller) {
		return store.markAllRead(caller.userId(), clock.instant());
	}
}
