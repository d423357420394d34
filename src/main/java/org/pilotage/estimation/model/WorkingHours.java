package org.pilotage.estimation.model;

import java.time.LocalTime;
import java.time.ZoneId;

/**
 * A place's working day: its IANA zone and local opening and closing times. A closing time before the opening
 * time means a day that crosses midnight.
 */
public record WorkingHours(ZoneId zone, LocalTime start, LocalTime end) {

	public WorkingHours {
		if (start.equals(end)) {
			throw new IllegalArgumentException("a working day needs a length");
		}
	}
}
