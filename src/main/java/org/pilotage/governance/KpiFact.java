package org.pilotage.governance;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.sla.Agreement;
import org.pilotage.sla.Metric;
import org.pilotage.work.Priority;

/**
 * One measured event of an item, what the KPIs add up: the KPI figures of any period are a function of the facts
 * whose instant falls in it (and, for the backlog, of the open spans around its end). Facts are derived from an item's
 * history by {@link KpiFacts} and stored one row each, so a dashboard reads them instead of the timelines and a
 * recompute from the events writes the same rows. What each field means depends on the {@link Kind}:
 *
 * <ul>
 * <li>{@code CYCLE}: an SLA or OLA cycle stopped at {@code at}; {@code hit} when met; agreement, metric and the
 * priority it was measured at.</li>
 * <li>{@code REPLY}: a ticket's first client-visible reply at {@code at}; {@code amount} the business seconds from
 * its creation, {@code amount2} the calendar seconds.</li>
 * <li>{@code RESOLUTION}: a ticket or task entering RESOLVED at {@code at}, the item's resolutions before and after
 * it in {@code previousAt} and {@code nextAt}; amounts as for a reply; {@code hit} when the item was reopened at or
 * after it.</li>
 * <li>{@code ACCEPTANCE}: a deliverable accepted at {@code at}; {@code hit} when at its first submission;
 * {@code onTime} whether before the end of its due day, null without a due date.</li>
 * <li>{@code ANSWER}: a satisfaction survey answered at {@code at} with the score in {@code amount}.</li>
 * <li>{@code SURVEY}: a survey sent at {@code at}; {@code hit} when answered.</li>
 * <li>{@code TIME}: minutes ({@code amount}) logged by {@code person} on the day starting at {@code at}.</li>
 * <li>{@code OPEN}: a span the item was open, from {@code at} (its creation or a reopening) to {@code nextAt}
 * (when it was resolved or closed; null while open), with its creation in {@code previousAt}.</li>
 * </ul>
 *
 * @param person the item's assignee (for {@code TIME}, who logged), for the figures of a person
 */
public record KpiFact(UUID item, Kind kind, Instant at, @Nullable Instant previousAt, @Nullable Instant nextAt,
		long amount, long amount2, boolean hit, @Nullable Boolean onTime, @Nullable Agreement agreement,
		@Nullable Metric metric, @Nullable Priority priority, @Nullable UUID person) {

	public enum Kind {
		CYCLE, REPLY, RESOLUTION, ACCEPTANCE, ANSWER, SURVEY, TIME, OPEN
	}

	static KpiFact of(UUID item, Kind kind, Instant at, @Nullable UUID person) {
		return new KpiFact(item, kind, at, null, null, 0, 0, false, null, null, null, null, person);
	}

	KpiFact between(@Nullable Instant previous, @Nullable Instant next) {
		return new KpiFact(item, kind, at, previous, next, amount, amount2, hit, onTime, agreement, metric, priority,
				person);
	}

	KpiFact amounts(long first, long second) {
		return new KpiFact(item, kind, at, previousAt, nextAt, first, second, hit, onTime, agreement, metric, priority,
				person);
	}

	KpiFact hit(boolean value) {
		return new KpiFact(item, kind, at, previousAt, nextAt, amount, amount2, value, onTime, agreement, metric,
				priority, person);
	}

	KpiFact onTime(@Nullable Boolean value) {
		return new KpiFact(item, kind, at, previousAt, nextAt, amount, amount2, hit, value, agreement, metric, priority,
				person);
	}

	KpiFact cycle(Agreement of, Metric measured, Priority at) {
		return new KpiFact(item, kind, this.at, previousAt, nextAt, amount, amount2, hit, onTime, of, measured, at,
				person);
	}

	/** Whether the fact is the first of the item's resolutions in {@code period}: none before it there. */
	boolean firstIn(Period period) {
		return previousAt == null || previousAt.isBefore(period.from());
	}

	/** Whether the fact is the last of the item's resolutions in {@code period}: none after it there. */
	boolean lastIn(Period period) {
		return nextAt == null || !nextAt.isBefore(period.to());
	}

	/** Whether an {@code OPEN} span holds the item open at {@code instant} (changes strictly before it count). */
	boolean openAt(Instant instant) {
		return at.isBefore(instant) && (nextAt == null || !nextAt.isBefore(instant));
	}
}
