package org.pilotage.engagement;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an engagement is in its life. A draft is negotiated, an active engagement runs, a suspended one is
 * paused and may resume, a closed one is over for good: nothing of it changes any more.
 */
public enum EngagementStatus {

	DRAFT, ACTIVE, SUSPENDED, CLOSED;

	/** The statuses this one may move to, in the order the pages offer them. */
	public Set<EngagementStatus> next() {
		return switch (this) {
			case DRAFT -> EnumSet.of(ACTIVE, CLOSED);
			case ACTIVE -> EnumSet.of(SUSPENDED, CLOSED);
			case SUSPENDED -> EnumSet.of(ACTIVE, CLOSED);
			case CLOSED -> EnumSet.noneOf(EngagementStatus.class);
		};
	}

	public boolean canMoveTo(EngagementStatus target) {
		return next().contains(target);
	}
}
