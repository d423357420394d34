package org.pilotage.sla;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.pilotage.sla.SlaEvents.SlaAtRisk;
import org.pilotage.sla.SlaEvents.SlaDeadlineEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The SLA events this application context published and committed, counted by deadline: what a listening module
 * would have heard. Found by component scanning in every test context, so the contexts stay shared.
 */
@Component
class HeardDeadlines {

	private final Map<String, AtomicInteger> heard = new ConcurrentHashMap<>();

	@TransactionalEventListener
	void on(SlaDeadlineEvent event) {
		String kind = event instanceof SlaAtRisk ? "AT_RISK" : "BREACH";
		heard.computeIfAbsent(key(event.itemId(), event.metric(), event.cycle(), kind), k -> new AtomicInteger())
			.incrementAndGet();
	}

	static String key(UUID itemId, String metric, int cycle, String kind) {
		return itemId + "/" + metric + "/" + cycle + "/" + kind;
	}

	/** How often each deadline was heard, by {@link #key}. */
	Map<String, Integer> counts() {
		Map<String, Integer> counts = new java.util.HashMap<>();
		heard.forEach((key, count) -> counts.put(key, count.get()));
		return counts;
	}

	int count(UUID itemId, String metric, int cycle, String kind) {
		AtomicInteger count = heard.get(key(itemId, metric, cycle, kind));
		return count == null ? 0 : count.get();
	}
}
