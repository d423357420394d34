package org.pilotage.governance;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.sla.Metric;
import org.pilotage.work.Priority;

/**
 * One figure of a KPI over a period, for one breakdown. {@code value} is null when the KPI has nothing to say (a ratio
 * or a mean over nothing): no value, never a made-up 0. A ratio or a mean keeps its {@code numerator} and
 * {@code denominator} in the units of its {@link Kpi}, so figures add up across scopes and compare across periods.
 *
 * @param items the items behind the figure (the denominator's, or the counted ones), each once, in the order met
 * @param numeratorItems the items with a record in the numerator (met, first time right, on time, reopened,
 *     answered; for a mean or a count, every item behind it)
 * @param otherItems the items with a record in the denominator but not in the numerator (breached, rejected first,
 *     late, not reopened, unanswered): the drill-down from a compliance figure to its breaches
 */
public record KpiFigure(Kpi kpi, Breakdown breakdown, @Nullable BigDecimal value, @Nullable BigDecimal numerator,
		@Nullable BigDecimal denominator, List<UUID> items, List<UUID> numeratorItems, List<UUID> otherItems) {

	public KpiFigure {
		items = List.copyOf(items);
		numeratorItems = List.copyOf(numeratorItems);
		otherItems = List.copyOf(otherItems);
	}

	/** How a KPI's figures are split: by SLA metric and priority, or by age of the backlog; {@link #ALL} when not. */
	public record Breakdown(@Nullable Metric metric, @Nullable Priority priority, @Nullable AgeBucket age) {

		public static final Breakdown ALL = new Breakdown(null, null, null);

		public static Breakdown of(@Nullable Metric metric, @Nullable Priority priority) {
			return new Breakdown(metric, priority, null);
		}

		public static Breakdown of(AgeBucket age) {
			return new Breakdown(null, null, age);
		}
	}

	/** The age of an open item at the end of the period, from its creation: {@code [lower, upper)}. */
	public enum AgeBucket {

		UNDER_1_DAY(Duration.ZERO), FROM_1_TO_3_DAYS(Duration.ofDays(1)), FROM_3_TO_7_DAYS(Duration.ofDays(3)),
		FROM_7_TO_30_DAYS(Duration.ofDays(7)), OVER_30_DAYS(Duration.ofDays(30));

		private final Duration lower;

		AgeBucket(Duration lower) {
			this.lower = lower;
		}

		/** The bucket of an age, which is not negative. */
		public static AgeBucket of(Duration age) {
			if (age.isNegative()) {
				throw new IllegalArgumentException("an age is not negative: " + age);
			}
			AgeBucket bucket = UNDER_1_DAY;
			for (AgeBucket candidate : values()) {
				if (age.compareTo(candidate.lower) >= 0) {
					bucket = candidate;
				}
			}
			return bucket;
		}

		public String messageKey() {
			return "governance.kpi.age." + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}
	}
}
