package org.pilotage.engagement;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Open work as the tests set it, standing in for the work-tracking module: 0 for every engagement unless a test
 * says otherwise. Found by component scanning in every test context, so the contexts stay shared.
 */
@Component
class CountedOpenWork implements OpenWork {

	private final Map<UUID, Long> open = new ConcurrentHashMap<>();

	void set(UUID engagementId, long items) {
		open.put(engagementId, items);
	}

	@Override
	public long openItems(UUID engagementId) {
		return open.getOrDefault(engagementId, 0L);
	}
}
