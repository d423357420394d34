package org.pilotage.sla;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Business-time arithmetic on a {@link BusinessCalendar}, exact to the second: {@link #between} counts the
 * working seconds in {@code [start, end)}, {@link #add} finds the earliest instant by which a number of working
 * seconds have passed since a start, so that {@code between(s, add(s, d)) == d}. A day's working instants are
 * found per stretch of constant UTC offset, so days when the clocks change count what the wall clock says.
 *
 * <p>Each day's working ranges are worked out once and kept in a table of consecutive local days with a running total
 * of working seconds, so that {@code between} is a difference of two totals and {@code add} a search in them,
 * whatever the span. The table starts with the days first asked for and grows, by as many days as it holds, when an
 * instant outside it is asked for, up to {@link #MAX_TABLE_DAYS}; spans beyond that are computed in a table of their
 * own that is not kept. An instance is immutable in what it answers and safe to share between threads: the table is
 * replaced, never changed, and published through a volatile field.
 */
public final class BusinessTime {

	/** How far {@link #add} looks ahead before it says the calendar never works enough. */
	static final int MAX_DAYS = 3 * 366;

	/**
	 * The most days the kept table holds: twelve years. It costs 20 bytes a day and 8 a working range, so twelve years
	 * of an office's split shifts take about 150 KB, and a year about 12 KB.
	 */
	static final int MAX_TABLE_DAYS = 12 * 366;

	/** The days of a new table past the first one asked for: a week. */
	static final int FIRST_DAYS = 7;

	/** The least number of days the table grows by. */
	static final int GROWTH = 16;

	private static final int DAY = BusinessCalendar.DAY;

	private final BusinessCalendar calendar;
	private final ZoneRules rules;
	private final boolean works;
	private final Object growing = new Object();
	private volatile @Nullable Days table;

	public BusinessTime(BusinessCalendar calendar) {
		this.calendar = calendar;
		this.rules = calendar.zone().getRules();
		this.works = calendar.hasWorkingTime();
	}

	/** Working seconds in {@code [start, end)}; 0 when {@code end} is not after {@code start}. */
	public long between(Instant start, Instant end) {
		if (!end.isAfter(start)) {
			return 0;
		}
		long from = start.getEpochSecond();
		long to = end.getEpochSecond();
		Days days = covering(from, to);
		return days.before(to) - days.before(from);
	}

	/**
	 * The earliest instant {@code t} with {@code between(start, t) == seconds}: the start itself for 0.
	 *
	 * @throws IllegalArgumentException for negative seconds, or when the calendar does not work that much within
	 *     three years (a calendar without working time, or closed for good)
	 */
	public Instant add(Instant start, long seconds) {
		if (seconds < 0) {
			throw new IllegalArgumentException("seconds must not be negative");
		}
		if (seconds == 0) {
			return start;
		}
		if (!works) {
			throw new IllegalArgumentException("the calendar has no working time");
		}
		long from = start.getEpochSecond();
		Days days = covering(from, from);
		int index = days.day(from);
		long firstDay = days.first + index;
		long lastDay = firstDay + MAX_DAYS - 1;
		// what the start's day works before the start, and what is wanted from that day's beginning on
		long wanted = days.before(from) - days.total[index] + Math.min(seconds, Long.MAX_VALUE / 4);
		while (true) {
			int first = (int) (firstDay - days.first);
			int end = (int) Math.min(days.size, lastDay + 1 - days.first);
			long target = days.total[first] + wanted;
			if (days.total[end] >= target) {
				return Instant.ofEpochSecond(days.reach(first, end, target));
			}
			if (days.last() >= lastDay) {
				throw new IllegalArgumentException(
						"the calendar does not work " + seconds + " seconds within three years");
			}
			days = coveringDays(firstDay, Math.min(lastDay, days.last() + Math.max(GROWTH, days.size)));
		}
	}

	/** The working ranges of a local day, in epoch seconds, sorted and disjoint. */
	List<long[]> working(LocalDate day) {
		return working(day, startOf(day), startOf(day.plusDays(1)), new Changes());
	}

	private List<long[]> working(LocalDate day, long dayStart, long dayEnd, Changes changes) {
		List<long[]> ranges = new ArrayList<>();
		List<int[]> parts = calendar.partsOn(day);
		if (parts.isEmpty()) {
			return ranges;
		}
		// the day's stretches of constant offset: one, or two around a change of the clocks
		long segmentStart = dayStart;
		while (segmentStart < dayEnd) {
			ZoneOffsetTransition next = changes.after(segmentStart);
			long segmentEnd = next == null ? dayEnd : Math.min(dayEnd, next.toEpochSecond());
			ZoneOffset offset = changes.offset();
			long midnight = LocalDateTime.of(day, LocalTime.MIDNIGHT).toEpochSecond(offset);
			for (int[] part : parts) {
				long from = Math.max(midnight + part[0], segmentStart);
				long to = Math.min(midnight + part[1], segmentEnd);
				if (to > from) {
					ranges.add(new long[] { from, to });
				}
			}
			segmentStart = segmentEnd;
		}
		ranges.sort((a, b) -> Long.compare(a[0], b[0]));
		return ranges;
	}

	/**
	 * The zone's next change of offset after a second, and the offset until then, asked of its rules only when a
	 * later second passes that change: one question a change rather than two a day when days are worked out in order.
	 */
	private final class Changes {

		private long askedAt = Long.MAX_VALUE;
		private @Nullable ZoneOffsetTransition next;
		private ZoneOffset offset = ZoneOffset.UTC;

		@Nullable ZoneOffsetTransition after(long second) {
			if (second < askedAt || next != null && second >= next.toEpochSecond()) {
				next = rules.nextTransition(Instant.ofEpochSecond(second));
				offset = rules.getOffset(Instant.ofEpochSecond(second));
				askedAt = second;
			}
			return next;
		}

		/** The offset at the second last given to {@link #after}. */
		ZoneOffset offset() {
			return offset;
		}

		/**
		 * The start of a local day, from the offset known when no change comes within two days of its midnight (its
		 * midnight then happens once, offsets being at most 18 hours from UTC), else from the rules.
		 */
		long startOf(LocalDate day) {
			long midnight = day.toEpochDay() * DAY - offset.getTotalSeconds();
			if (askedAt <= midnight - 2 * DAY && (next == null || midnight + 2 * DAY < next.toEpochSecond())) {
				return midnight;
			}
			return BusinessTime.this.startOf(day);
		}
	}

	private long startOf(LocalDate day) {
		return day.atStartOfDay(calendar.zone()).toEpochSecond();
	}

	/** A table holding both instants: the kept one, grown if need be, or one made for this call. */
	private Days covering(long from, long to) {
		Days days = table;
		if (days != null && days.holds(from) && days.holds(to)) {
			return days;
		}
		long fromDay = LocalDate.ofInstant(Instant.ofEpochSecond(from), calendar.zone()).toEpochDay();
		long toDay = LocalDate.ofInstant(Instant.ofEpochSecond(to), calendar.zone()).toEpochDay();
		// an instant's local date is the day whose start precedes it, except in zones whose clocks once went back
		// across midnight: a day more on each side then
		for (int margin = 0;; margin++) {
			days = coveringDays(fromDay - margin, toDay + margin);
			if (days.holds(from) && days.holds(to)) {
				return days;
			}
		}
	}

	/**
	 * A table of at least the local days {@code [fromDay, toDay]} (epoch days): the kept one, grown to them (by as many
	 * days as it holds at the least, so that growing costs a constant per day) unless that would pass
	 * {@link #MAX_TABLE_DAYS}, else one of these days only.
	 */
	private Days coveringDays(long fromDay, long toDay) {
		synchronized (growing) {
			Days days = table;
			if (days == null) {
				if (toDay - fromDay < MAX_TABLE_DAYS) {
					days = tabulate(fromDay, Math.max(toDay, fromDay + FIRST_DAYS - 1));
					table = days;
					return days;
				}
			}
			else if (days.first <= fromDay && toDay <= days.last()) {
				return days;
			}
			else if (Math.max(toDay, days.last()) - Math.min(fromDay, days.first) < MAX_TABLE_DAYS) {
				// only the days not yet in the table are worked out
				long room = MAX_TABLE_DAYS - days.size;
				long grow = Math.max(days.size, GROWTH);
				if (fromDay < days.first) {
					long first = Math.min(fromDay, days.first - grow);
					first = Math.max(first, days.first - room + Math.max(0, toDay - days.last()));
					days = Days.join(tabulate(first, days.first - 1), days);
					room = MAX_TABLE_DAYS - days.size;
				}
				if (toDay > days.last()) {
					days = Days.join(days, tabulate(days.last() + 1, Math.min(Math.max(toDay, days.last() + grow),
							days.last() + room)));
				}
				table = days;
				return days;
			}
		}
		return tabulate(fromDay, toDay);
	}

	/** The local days {@code [firstDay, lastDay]} (epoch days), worked out one by one. */
	private Days tabulate(long firstDay, long lastDay) {
		int size = Math.toIntExact(lastDay - firstDay + 1);
		long[] starts = new long[size + 1];
		long[] total = new long[size + 1];
		int[] firstRange = new int[size + 1];
		int[] from = new int[2 * size];
		int[] to = new int[2 * size];
		int ranges = 0;
		LocalDate day = LocalDate.ofEpochDay(firstDay);
		Changes changes = new Changes();
		starts[0] = startOf(day);
		for (int n = 0; n < size; n++, day = day.plusDays(1)) {
			starts[n + 1] = changes.startOf(day.plusDays(1));
			firstRange[n] = ranges;
			long worked = 0;
			for (long[] range : working(day, starts[n], starts[n + 1], changes)) {
				if (ranges == from.length) {
					from = Arrays.copyOf(from, 2 * ranges);
					to = Arrays.copyOf(to, 2 * ranges);
				}
				from[ranges] = (int) (range[0] - starts[n]);
				to[ranges] = (int) (range[1] - starts[n]);
				ranges++;
				worked += range[1] - range[0];
			}
			total[n + 1] = total[n] + worked;
		}
		firstRange[size] = ranges;
		from = Arrays.copyOf(from, ranges);
		to = Arrays.copyOf(to, ranges);
		return new Days(firstDay, size, starts, total, firstRange, from, to);
	}

	/**
	 * Consecutive local days from the epoch day {@code first}: day {@code n} lasts {@code [starts[n], starts[n+1])}
	 * in epoch seconds, works {@code [starts[n] + from[r], starts[n] + to[r])} for {@code r} in
	 * {@code [firstRange[n], firstRange[n+1])}, and the days before it work {@code total[n]} seconds in all.
	 */
	private record Days(long first, int size, long[] starts, long[] total, int[] firstRange, int[] from, int[] to) {

		/** The days of {@code before}, then those of {@code after}, which start where {@code before} ends. */
		static Days join(Days before, Days after) {
			int size = before.size + after.size;
			int ranges = before.from.length;
			long[] starts = Arrays.copyOf(before.starts, size + 1);
			System.arraycopy(after.starts, 0, starts, before.size, after.size + 1);
			long[] total = Arrays.copyOf(before.total, size + 1);
			int[] firstRange = Arrays.copyOf(before.firstRange, size + 1);
			for (int n = 1; n <= after.size; n++) {
				total[before.size + n] = before.total[before.size] + after.total[n];
			}
			for (int n = 0; n <= after.size; n++) {
				firstRange[before.size + n] = ranges + after.firstRange[n];
			}
			int[] from = Arrays.copyOf(before.from, ranges + after.from.length);
			int[] to = Arrays.copyOf(before.to, ranges + after.to.length);
			System.arraycopy(after.from, 0, from, ranges, after.from.length);
			System.arraycopy(after.to, 0, to, ranges, after.to.length);
			return new Days(before.first, size, starts, total, firstRange, from, to);
		}

		long last() {
			return first + size - 1;
		}

		boolean holds(long second) {
			return starts[0] <= second && second < starts[size];
		}

		/** The day holding an epoch second, which {@link #holds} it. */
		int day(long second) {
			// days last 24 hours but around a change of the clocks: the guess is at most a day or two off
			int n = (int) Math.min(size - 1, Math.max(0, Math.floorDiv(second - starts[0], DAY)));
			while (starts[n] > second) {
				n--;
			}
			while (starts[n + 1] <= second) {
				n++;
			}
			return n;
		}

		/** Working seconds from the table's start to an epoch second that it holds. */
		long before(long second) {
			int n = day(second);
			long worked = total[n];
			long start = starts[n];
			for (int r = firstRange[n]; r < firstRange[n + 1]; r++) {
				long from = start + this.from[r];
				if (second <= from) {
					break;
				}
				worked += Math.min(second, start + to[r]) - from;
			}
			return worked;
		}

		/**
		 * The earliest epoch second by which the table has worked {@code target} seconds, given that the days before
		 * {@code first} work less and those before {@code end} at least that much.
		 */
		long reach(int first, int end, long target) {
			// the day: galloping from the first, most targets are a few days away
			int low = first;
			int high = first + 1;
			while (high < end && total[high] < target) {
				low = high;
				high = Math.min(end, first + 2 * (high - first));
			}
			while (high - low > 1) {
				int middle = (low + high) >>> 1;
				if (total[middle] < target) {
					low = middle;
				}
				else {
					high = middle;
				}
			}
			long left = target - total[low];
			long start = starts[low];
			for (int r = firstRange[low];; r++) {
				long length = to[r] - from[r];
				if (length >= left) {
					return start + from[r] + left;
				}
				left -= length;
			}
		}
	}
}
