package org.pilotage.sla;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.pilotage.engagement.Audience;
import org.pilotage.engagement.Engagements;
import org.pilotage.identity.Caller;
import org.pilotage.work.ItemDeadlines;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work lists' time-to-breach column: of each item, the earliest due instant among its running clocks of the
 * agreements the caller may see on the item's engagement (the client's side no OLA, a freelancer only the OLA), read
 * from the stored clocks in one query per page. A running clock's stored due instant is exact (it moves only when
 * the item changes, which rewrites it).
 */
@Component
class SlaItemDeadlines implements ItemDeadlines {

	private final SlaViewStore store;
	private final Engagements engagements;
	private final Clock clock;

	SlaItemDeadlines(SlaViewStore store, Engagements engagements, Clock clock) {
		this.store = store;
		this.engagements = engagements;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, Due> nextDue(Caller caller, Collection<UUID> itemIds) {
		Instant now = clock.instant();
		Map<UUID, Optional<Audience>> audiences = new HashMap<>();
		Map<UUID, Due> dues = new HashMap<>();
		for (SlaViewStore.Row row : store.running(itemIds)) {
			Optional<Audience> audience = audiences.computeIfAbsent(row.engagementId(),
					engagement -> engagements.audience(caller, engagement));
			if (audience.isEmpty() || !EngagementSla.agreementOf(row.metric()).visibleTo(audience.get())) {
				continue;
			}
			Due due = new Due(row.dueAt(), EngagementSla.stateOf(row, now) != EngagementSla.State.RUNNING,
					!row.dueAt().isAfter(now));
			dues.merge(row.itemId(), due, (a, b) -> a.dueAt().isAfter(b.dueAt()) ? b : a);
		}
		return dues;
	}
}
