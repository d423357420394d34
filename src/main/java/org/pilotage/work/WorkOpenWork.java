package org.pilotage.work;

import java.util.UUID;

import org.pilotage.engagement.OpenWork;
import org.springframework.stereotype.Component;

/** Tells the engagement module how many items of an engagement are not closed, so it refuses to close under them. */
@Component
class WorkOpenWork implements OpenWork {

	private final WorkStore store;

	WorkOpenWork(WorkStore store) {
		this.store = store;
	}

	@Override
	public long openItems(UUID engagementId) {
		return store.openItems(engagementId);
	}
}
