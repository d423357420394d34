package org.pilotage.work;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.pilotage.identity.Caller;
import org.springframework.context.MessageSource;

/**
 * The next deadline of work items, which the lists show as a "time to breach" column, given by another module
 * without this module knowing it: the lists ask every bean of this interface (none is fine: no column) once per
 * page. An implementation answers only for the items and the deadlines the caller may see.
 */
public interface ItemDeadlines {

	/** The earliest running deadline of each item that has one, among those the caller may see. */
	Map<UUID, Due> nextDue(Caller caller, Collection<UUID> itemIds);

	/** A deadline: its instant, whether it is at risk now, whether it is already past (breached). */
	record Due(Instant dueAt, boolean atRisk, boolean breached) {

		/** The state a page colours it by: BREACHED, AT_RISK or ON_TIME. */
		public String state() {
			return breached ? "BREACHED" : atRisk ? "AT_RISK" : "ON_TIME";
		}

		/** "in 3 h 20 min" or "breached 40 min ago": the wall-clock time between now and the instant. */
		public String text(Instant now, MessageSource messages, Locale locale) {
			Duration left = Duration.between(now, dueAt);
			String duration = duration(Math.abs(left.getSeconds()), true, messages, locale);
			return left.isNegative() || left.isZero()
					? messages.getMessage("sla.view.due.breachedAgo", new Object[] { duration }, locale)
					: messages.getMessage("sla.view.due.in", new Object[] { duration }, locale);
		}
	}

	/**
	 * A length of time for a reader: "2 h 15 min", "4 h", "45 min", "30 s", or with days of 24 hours "3 d 4 h" when
	 * {@code withDays} (a wall-clock length; business time is counted in hours, since its days are shorter).
	 */
	static String duration(long seconds, boolean withDays, MessageSource messages, Locale locale) {
		long s = Math.abs(seconds);
		String text;
		if (withDays && s >= 86_400) {
			long hours = s % 86_400 / 3_600;
			text = hours == 0 ? messages.getMessage("sla.view.duration.wholeDays", new Object[] { s / 86_400 }, locale)
					: messages.getMessage("sla.view.duration.days", new Object[] { s / 86_400, hours }, locale);
		}
		else if (s >= 3_600) {
			long minutes = s % 3_600 / 60;
			text = minutes == 0 ? messages.getMessage("sla.view.duration.wholeHours", new Object[] { s / 3_600 }, locale)
					: messages.getMessage("sla.view.duration.hours", new Object[] { s / 3_600, minutes }, locale);
		}
		else if (s >= 60) {
			text = messages.getMessage("sla.view.duration.minutes", new Object[] { s / 60 }, locale);
		}
		else {
			text = messages.getMessage("sla.view.duration.seconds", new Object[] { s }, locale);
		}
		return seconds < 0 ? "-" + text : text;
	}
}
