package org.pilotage.work;

import java.util.UUID;

import org.pilotage.identity.CurrentCaller;
import org.springframework.stereotype.Component;

/**
 * What the item page's "Time" section shows, read by its template fragment ({@code work/time.html}) so that the
 * item page itself needs no more than the line that includes it.
 */
@Component("timeSection")
class TimeSection {

	private final CurrentCaller callers;
	private final TimeLog time;

	TimeSection(CurrentCaller callers, TimeLog time) {
		this.callers = callers;
		this.time = time;
	}

	public TimeViews.ItemTimeView of(UUID itemId) {
		return time.ofItem(callers.require(), itemId);
	}

	/** Minutes as hours and minutes, 1:05. */
	public String hours(long minutes) {
		return String.format("%d:%02d", minutes / 60, minutes % 60);
	}
}
