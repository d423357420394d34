package org.pilotage.governance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.governance.KpiFact.Kind;
import org.pilotage.governance.KpiFigure.AgeBucket;
import org.pilotage.governance.KpiFigure.Breakdown;
import org.pilotage.governance.KpiInputs.Budget;
import org.pilotage.shared.Jdbc;
import org.pilotage.sla.Metric;
import org.pilotage.work.Priority;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The figures of periods that are over, stored once computed (V29), so a trend or a comparison with the previous
 * period reads one row per closed period instead of adding its facts up again. Only the values, numerators and
 * denominators are kept: a drill-down to the items still reads the facts.
 *
 * <p>
 * Kept right without a lock on the readers' side: every change of an engagement's facts ({@link KpiFactStore})
 * raises the engagement's stamp, which locks it until the change commits, and deletes the rows of the periods the
 * change may alter (those ending after the earliest instant where the item's facts differ, {@link #relevance}). A
 * reader notes the stamp before it reads the facts, and stores what it computed only if, with the stamp locked, it
 * is still the same: a change committed meanwhile, or not yet committed, keeps the row out, and a change that comes
 * after waits for the row and deletes it. Rows are stored outside of any other transaction only (a read-only one
 * cannot write), and a row computed with another budget than the engagement's current one is not used.
 */
@Repository
class KpiRollups {

	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;

	KpiRollups(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
	}

	/** A closed period's figures to store, computed with that budget. */
	record Computed(Period period, @Nullable Budget budget, KpiFigures figures) {
	}

	// Readers

	/** The engagement's stamp now, before its facts are read; null when it has none and none can be made now. */
	@Nullable
	Long stamp(UUID engagementId) {
		Optional<Long> stamp = currentStamp(engagementId);
		if (stamp.isPresent() || TransactionSynchronizationManager.isActualTransactionActive()) {
			return stamp.orElse(null);
		}
		insertStamp(engagementId);
		return currentStamp(engagementId).orElse(null);
	}

	/** Gives the engagement a stamp at 0 if it has none. */
	private void insertStamp(UUID engagementId) {
		jdbc.sql("INSERT INTO governance_kpi_stamps (engagement_id, stamp) VALUES (:engagement, 0)"
				+ " ON CONFLICT DO NOTHING")
			.param("engagement", engagementId)
			.update();
	}

	private Optional<Long> currentStamp(UUID engagementId) {
		return jdbc.sql("SELECT stamp FROM governance_kpi_stamps WHERE engagement_id = :engagement")
			.param("engagement", engagementId)
			.query(Long.class)
			.optional();
	}

	/** The stored figures of the engagement's period, if they were computed with the same budget. */
	Optional<KpiFigures> find(UUID engagementId, Period period, @Nullable Budget budget) {
		return find(engagementId, period, budgetKey(budget));
	}

	/**
	 * The stored figures of the engagement's period whatever budget they were computed with, for a reader of the
	 * figures that do not depend on it.
	 */
	Optional<KpiFigures> findWithAnyBudget(UUID engagementId, Period period) {
		return find(engagementId, period, (String) null);
	}

	private Optional<KpiFigures> find(UUID engagementId, Period period, @Nullable String budget) {
		return jdbc.sql("SELECT budget, figures FROM governance_kpi_rollups"
				+ " WHERE engagement_id = :engagement AND from_at = :from AND to_at = :to")
			.param("engagement", engagementId)
			.param("from", Jdbc.utc(period.from()))
			.param("to", Jdbc.utc(period.to()))
			.query((rs, n) -> budget == null || rs.getString("budget").equals(budget)
					? Optional.of(new KpiFigures(period, figures(rs.getString("figures")))) : Optional.<KpiFigures>empty())
			.optional()
			.flatMap(found -> found);
	}

	/**
	 * Stores closed periods' figures computed from facts read after {@code stamp} was noted, unless the stamp moved
	 * since (a change came in between) or the caller is inside a transaction.
	 */
	void store(UUID engagementId, @Nullable Long stamp, Collection<Computed> computed) {
		if (stamp == null || computed.isEmpty() || TransactionSynchronizationManager.isActualTransactionActive()) {
			return;
		}
		transactions.executeWithoutResult(status -> {
			Long now = jdbc.sql("SELECT stamp FROM governance_kpi_stamps WHERE engagement_id = :engagement FOR UPDATE")
				.param("engagement", engagementId)
				.query(Long.class)
				.optional()
				.orElse(null);
			if (!stamp.equals(now)) {
				return;
			}
			Instant at = Instant.now();
			for (Computed one : computed) {
				jdbc.sql("DELETE FROM governance_kpi_rollups"
						+ " WHERE engagement_id = :engagement AND from_at = :from AND to_at = :to")
					.param("engagement", engagementId)
					.param("from", Jdbc.utc(one.period().from()))
					.param("to", Jdbc.utc(one.period().to()))
					.update();
				jdbc.sql("INSERT INTO governance_kpi_rollups (engagement_id, from_at, to_at, budget, figures,"
						+ " computed_at) VALUES (:engagement, :from, :to, :budget, :figures, :at)")
					.param("engagement", engagementId)
					.param("from", Jdbc.utc(one.period().from()))
					.param("to", Jdbc.utc(one.period().to()))
					.param("budget", budgetKey(one.budget()))
					.param("figures", text(one.figures()))
					.param("at", Jdbc.utc(at))
					.update();
			}
		});
	}

	// Writers, in the transaction of the change

	/** Raises the engagements' stamps, in a stable order, so changes of several engagements lock them alike. */
	void touch(Collection<UUID> engagementIds) {
		engagementIds.stream().distinct().sorted().forEach(this::touch);
	}

	/** Raises the engagement's stamp, once in a transaction: it stays locked by the first raise until the commit. */
	private void touch(UUID engagementId) {
		if (!raisedInThisTransaction(engagementId)) {
			insertStamp(engagementId);
			jdbc.sql("UPDATE governance_kpi_stamps SET stamp = stamp + 1 WHERE engagement_id = :engagement")
				.param("engagement", engagementId)
				.update();
		}
	}

	/** Whether the current transaction raised the engagement's stamp already; notes that it does now. */
	private boolean raisedInThisTransaction(UUID engagementId) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return false;
		}
		@SuppressWarnings("unchecked")
		Set<UUID> raised = (Set<UUID>) TransactionSynchronizationManager.getResource(this);
		if (raised == null) {
			raised = new HashSet<>();
			TransactionSynchronizationManager.bindResource(this, raised);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(KpiRollups.this);
				}
			});
		}
		return !raised.add(engagementId);
	}

	/** Forgets the engagement's periods ending after {@code from} (all of them when null), raising its stamp. */
	void changed(UUID engagementId, @Nullable Instant from) {
		touch(engagementId);
		jdbc.sql("DELETE FROM governance_kpi_rollups WHERE engagement_id = :engagement"
				+ (from == null ? "" : " AND to_at > :from"))
			.param("engagement", engagementId)
			.param("from", from == null ? null : Jdbc.utc(from))
			.update();
	}

	/**
	 * The earliest instant from which the figures of the facts {@code before} and {@code after} (of the same items)
	 * may differ, or empty when they are the same facts: a measured fact counts in the period of its instant; an open
	 * span counts in the backlog at the ends of periods it covers, so a span whose end moved changes the periods
	 * ending after the earlier of its two ends, and a span found on one side only those ending after its start.
	 */
	static Optional<Instant> relevance(List<KpiFact> before, List<KpiFact> after) {
		Set<KpiFact> old = normalized(before);
		Set<KpiFact> now = normalized(after);
		Instant one = earliest(old, now);
		Instant other = earliest(now, old);
		return Optional.ofNullable(one == null ? other : other == null || one.isBefore(other) ? one : other);
	}

	/** The earliest instant a fact of {@code side} not in {@code others} counts from (see {@link #relevance}). */
	private static @Nullable Instant earliest(Set<KpiFact> side, Set<KpiFact> others) {
		Instant earliest = null;
		for (KpiFact fact : side) {
			if (others.contains(fact)) {
				continue;
			}
			Instant from = fact.at();
			if (fact.kind() == Kind.OPEN) {
				for (KpiFact other : others) {
					if (other.kind() == Kind.OPEN && other.item().equals(fact.item()) && other.at().equals(fact.at())
							&& Objects.equals(other.previousAt(), fact.previousAt())) {
						from = earlier(fact.nextAt(), other.nextAt());
					}
				}
			}
			if (from != null && (earliest == null || from.isBefore(earliest))) {
				earliest = from;
			}
		}
		return earliest;
	}

	/** The earlier of two ends, null being no end yet. */
	private static @Nullable Instant earlier(@Nullable Instant one, @Nullable Instant other) {
		return one == null ? other : other == null || other.isBefore(one) ? other : one;
	}

	/**
	 * The facts as the stored figures see them: instants as the database keeps them (to the microsecond), to compare
	 * read and derived, and without the person (a stored period is all of the engagement's work, so an item handed
	 * to someone else changes none of them).
	 */
	private static Set<KpiFact> normalized(List<KpiFact> facts) {
		Set<KpiFact> set = new HashSet<>();
		for (KpiFact f : facts) {
			set.add(new KpiFact(f.item(), f.kind(), micros(f.at()), micros(f.previousAt()), micros(f.nextAt()),
					f.amount(), f.amount2(), f.hit(), f.onTime(), f.agreement(), f.metric(), f.priority(), null));
		}
		return set;
	}

	private static @Nullable Instant micros(@Nullable Instant instant) {
		return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
	}

	// Rows: a figure a line, "KPI|metric|priority|age|value|numerator|denominator", empty for none

	static String budgetKey(@Nullable Budget budget) {
		return budget == null ? "" : budget.minutes() + "|" + budget.money().toPlainString() + "|" + budget.currency()
				+ "|" + budget.dayRate().toPlainString() + "|" + budget.dayMinutes();
	}

	static String text(KpiFigures figures) {
		StringBuilder text = new StringBuilder();
		for (KpiFigure figure : figures.figures()) {
			Breakdown breakdown = figure.breakdown();
			text.append(figure.kpi().name())
				.append('|')
				.append(breakdown.metric() == null ? "" : breakdown.metric().name())
				.append('|')
				.append(breakdown.priority() == null ? "" : breakdown.priority().name())
				.append('|')
				.append(breakdown.age() == null ? "" : breakdown.age().name())
				.append('|')
				.append(plain(figure.value()))
				.append('|')
				.append(plain(figure.numerator()))
				.append('|')
				.append(plain(figure.denominator()))
				.append('\n');
		}
		return text.toString();
	}

	static List<KpiFigure> figures(String text) {
		List<KpiFigure> figures = new ArrayList<>();
		for (String line : text.split("\n")) {
			if (line.isEmpty()) {
				continue;
			}
			String[] part = line.split("\\|", -1);
			figures.add(new KpiFigure(Kpi.valueOf(part[0]),
					new Breakdown(part[1].isEmpty() ? null : Metric.valueOf(part[1]),
							part[2].isEmpty() ? null : Priority.valueOf(part[2]),
							part[3].isEmpty() ? null : AgeBucket.valueOf(part[3])),
					decimal(part[4]), decimal(part[5]), decimal(part[6]), List.of(), List.of(), List.of()));
		}
		return figures;
	}

	private static String plain(@Nullable BigDecimal value) {
		return value == null ? "" : value.toPlainString();
	}

	private static @Nullable BigDecimal decimal(String text) {
		return text.isEmpty() ? null : new BigDecimal(text);
	}
}
