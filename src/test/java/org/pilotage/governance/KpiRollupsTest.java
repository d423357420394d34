package org.pilotage.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pilotage.governance.KpiFact.Kind;
import org.pilotage.governance.KpiInputs.Budget;

/**
 * Which stored periods a change of an item's facts forgets ({@link KpiRollups#relevance}), and the stored figures read
 * back as written.
 */
class KpiRollupsTest {

	private static final UUID ITEM = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
	private static final UUID AMINA = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
	private static final UUID BRUNO = UUID.fromString("00000000-0000-0000-0000-0000000000b2");
	private static final Instant CREATED = Instant.parse("2026-03-02T09:00:00Z");
	private static final Instant RESOLVED = Instant.parse("2026-03-04T10:00:00Z");
	private static final Instant NOW = Instant.parse("2026-06-15T07:00:00Z");

	private static KpiFact open(Instant to, UUID person) {
		return KpiFact.of(ITEM, Kind.OPEN, CREATED, person).between(CREATED, to);
	}

	private static KpiFact resolution(boolean reopened, UUID person) {
		return KpiFact.of(ITEM, Kind.RESOLUTION, RESOLVED, person).amounts(3_600, 176_400).hit(reopened);
	}

	@Test
	void theSameFactsChangeNothingEvenWhenTheItemIsHandedToSomeoneElse() {
		List<KpiFact> before = List.of(open(RESOLVED, AMINA), resolution(false, AMINA));
		assertThat(KpiRollups.relevance(before, before)).isEmpty();
		assertThat(KpiRollups.relevance(before, List.of(open(RESOLVED, BRUNO), resolution(false, BRUNO)))).isEmpty();
		// instants read back from the database have microseconds; derived ones may have nanoseconds
		KpiFact precise = KpiFact.of(ITEM, Kind.REPLY, RESOLVED.plusNanos(400), AMINA);
		KpiFact stored = KpiFact.of(ITEM, Kind.REPLY, RESOLVED, AMINA);
		assertThat(KpiRollups.relevance(List.of(stored), List.of(precise))).isEmpty();
	}

	@Test
	void aReopeningChangesThePeriodOfThePastResolutionAndThoseAfterIt() {
		List<KpiFact> before = List.of(open(RESOLVED, AMINA), resolution(false, AMINA));
		KpiFact reopenedSpan = KpiFact.of(ITEM, Kind.OPEN, NOW, AMINA).between(CREATED, null);
		List<KpiFact> after = List.of(open(RESOLVED, AMINA), resolution(true, AMINA), reopenedSpan);
		assertThat(KpiRollups.relevance(before, after)).contains(RESOLVED);
	}

	@Test
	void aSpanClosedNowChangesOnlyThePeriodsEndingAfterItsEnd() {
		// open since March, resolved now: the backlog at every end before now is the same
		List<KpiFact> before = List.of(open(null, AMINA));
		List<KpiFact> after = List.of(open(NOW, AMINA),
				KpiFact.of(ITEM, Kind.RESOLUTION, NOW, AMINA).amounts(10, 10));
		assertThat(KpiRollups.relevance(before, after)).contains(NOW);
		// a span whose end moves earlier changes the periods ending after the new end
		assertThat(KpiRollups.relevance(List.of(open(NOW, AMINA)), List.of(open(RESOLVED, AMINA)))).contains(RESOLVED);
		// a new item's first span changes those ending after its creation
		assertThat(KpiRollups.relevance(List.of(), List.of(open(null, AMINA)))).contains(CREATED);
		// an item whose facts are all gone changes the periods of its earliest fact
		assertThat(KpiRollups.relevance(List.of(open(RESOLVED, AMINA), resolution(false, AMINA)), List.of()))
			.contains(CREATED);
	}

	@Test
	void storedFiguresReadBackAsWrittenWithoutTheirItems() {
		ZoneId paris = ZoneId.of("Europe/Paris");
		Period week = Period.week(java.time.LocalDate.of(2026, 6, 8), paris);
		KpiFigures figures = Kpis.aggregate(week, List.of(open(null, AMINA), resolution(true, AMINA),
				KpiFact.of(ITEM, Kind.ANSWER, RESOLVED, AMINA).amounts(4, 0)), null);
		List<KpiFigure> read = KpiRollups.figures(KpiRollups.text(figures));
		assertThat(read).hasSameSizeAs(figures.figures());
		for (int i = 0; i < read.size(); i++) {
			KpiFigure written = figures.figures().get(i);
			assertThat(read.get(i).kpi()).isEqualTo(written.kpi());
			assertThat(read.get(i).breakdown()).isEqualTo(written.breakdown());
			assertThat(read.get(i).value()).isEqualTo(written.value());
			assertThat(read.get(i).numerator()).isEqualTo(written.numerator());
			assertThat(read.get(i).denominator()).isEqualTo(written.denominator());
			assertThat(read.get(i).items()).isEmpty();
		}
		assertThat(new KpiFigures(week, read).value(Kpi.BACKLOG)).isEqualByComparingTo("1");
		assertThat(KpiRollups.budgetKey(null)).isEmpty();
		assertThat(KpiRollups.budgetKey(new Budget(11_760, new BigDecimal("9800.00"), "EUR", new BigDecimal("400.00"),
				480))).isEqualTo("11760|9800.00|EUR|400.00|480");
	}
}
