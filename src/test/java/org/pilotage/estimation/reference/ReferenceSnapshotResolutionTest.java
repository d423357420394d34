package org.pilotage.estimation.reference;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How a figure is found or derived, on a small snapshot made by hand. */
class ReferenceSnapshotResolutionTest {

	private static final List<Role> ROLES = List.of(role("FULL_STACK", "1"), role("BACKEND", "1"),
			role("DEVOPS", "1.15"), role("ARCHITECT", "1.3"), role("QA", "0.85"));

	private static final List<Seniority> SENIORITIES = List.of(seniority("JUNIOR", "0.8"),
			seniority("CONFIRMED", "1"), seniority("SENIOR", "1.3"), seniority("LEAD", "1.5"));

	private static final List<Location> LOCATIONS = List.of(location("MA", "MAD"), location("FR", "EUR"),
			location("XK", "EUR"));

	private static final List<CurrencyRate> RATES = List.of(rate("EUR", "1"), rate("MAD", "0.1"));

	private static ReferenceSnapshot snapshot(Figure... figures) {
		return new ReferenceSnapshot(3, Instant.parse("2026-01-01T00:00:00Z"), ROLES, SENIORITIES, LOCATIONS, RATES,
				List.of(), List.of(figures), List.of(new Source("S25", "lematin.ma")));
	}

	@Test
	void aStoredFigureIsUsedAsItIsConvertedToEur() {
		ReferenceSnapshot snapshot = snapshot(salary("FULL_STACK", "SENIOR", "MA", "200000", "MAD"));

		ResolvedFigure figure = snapshot.salary("FULL_STACK", "SENIOR", "MA");

		assertThat(figure.derived()).isFalse();
		assertThat(figure.ratio()).isEqualByComparingTo("1");
		assertThat(figure.amountEur()).isEqualByComparingTo("20000.00");
		assertThat(figure.explanation()).isEqualTo("stored figure FULL_STACK SENIOR (MA, S25)");
	}

	@Test
	void anotherRoleOfTheSameSeniorityIsScaledByTheRoleRatio() {
		ReferenceSnapshot snapshot = snapshot(salary("FULL_STACK", "SENIOR", "MA", "200000", "MAD"));

		ResolvedFigure figure = snapshot.salary("DEVOPS", "SENIOR", "MA");

		assertThat(figure.derived()).isTrue();
		assertThat(figure.ratio()).isEqualByComparingTo("1.15");
		assertThat(figure.amountEur()).isEqualByComparingTo("23000.00");
		assertThat(figure.explanation()).isEqualTo("derived from FULL_STACK SENIOR (MA, S25) × 1.15");
		assertThat(figure.basis().role()).isEqualTo("FULL_STACK");
	}

	@Test
	void theSameSeniorityIsPreferredToTheSameRole() {
		ReferenceSnapshot snapshot = snapshot(salary("DEVOPS", "CONFIRMED", "MA", "100000", "MAD"),
				salary("FULL_STACK", "SENIOR", "MA", "200000", "MAD"));

		ResolvedFigure figure = snapshot.salary("DEVOPS", "SENIOR", "MA");

		assertThat(figure.basis().role()).isEqualTo("FULL_STACK");
		assertThat(figure.basis().seniority()).isEqualTo("SENIOR");
	}

	@Test
	void theSameRoleIsPreferredToBothDifferent() {
		ReferenceSnapshot snapshot = snapshot(salary("QA", "JUNIOR", "MA", "50000", "MAD"),
				salary("FULL_STACK", "CONFIRMED", "MA", "100000", "MAD"));

		ResolvedFigure figure = snapshot.salary("FULL_STACK", "LEAD", "MA");

		assertThat(figure.basis().seniority()).isEqualTo("CONFIRMED");
		assertThat(figure.ratio()).isEqualByComparingTo("1.5");
		assertThat(figure.amountEur()).isEqualByComparingTo("15000.00");
	}

	@Test
	void bothRatiosMultiplyWhenRoleAndSeniorityDiffer() {
		ReferenceSnapshot snapshot = snapshot(salary("FULL_STACK", "CONFIRMED", "FR", "46000", "EUR"));

		ResolvedFigure figure = snapshot.salary("ARCHITECT", "SENIOR", "FR");

		assertThat(figure.ratio()).isEqualByComparingTo("1.69");
		assertThat(figure.amountEur()).isEqualByComparingTo("77740.00");
		assertThat(figure.explanation()).isEqualTo("derived from FULL_STACK CONFIRMED (FR, S25) × 1.69");
	}

	@Test
	void tiesGoToTheClosestRoleRatioThenToCodeOrder() {
		ReferenceSnapshot closest = snapshot(salary("ARCHITECT", "SENIOR", "FR", "90000", "EUR"),
				salary("QA", "SENIOR", "FR", "40000", "EUR"));
		ReferenceSnapshot equallyClose = snapshot(salary("FULL_STACK", "SENIOR", "FR", "60000", "EUR"),
				salary("BACKEND", "SENIOR", "FR", "61000", "EUR"));

		assertThat(closest.salary("DEVOPS", "SENIOR", "FR").basis().role()).isEqualTo("ARCHITECT");
		assertThat(equallyClose.salary("DEVOPS", "SENIOR", "FR").basis().role()).isEqualTo("BACKEND");
	}

	@Test
	void onlyFiguresOfTheSameKindAndLocationServeAsBasis() {
		ReferenceSnapshot snapshot = snapshot(salary("FULL_STACK", "SENIOR", "FR", "60000", "EUR"),
				dayRate("FULL_STACK", "SENIOR", "MA", "3000", "MAD"));

		assertThat(snapshot.dayRate("FULL_STACK", "SENIOR", "FR")).isEmpty();
		assertThat(snapshot.dayRate("QA", "JUNIOR", "MA")).get()
			.satisfies(rate -> assertThat(rate.amountEur()).isEqualByComparingTo("156.93"));
		assertThatThrownBy(() -> snapshot.salary("FULL_STACK", "SENIOR", "MA"))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void anAssumedBasisMakesTheResultAnAssumption() {
		Figure assumed = new Figure(FigureKind.SALARY, "FULL_STACK", "CONFIRMED", "XK", new BigDecimal("13143"),
				"EUR", 2025, "S25", Confidence.LOW, true, "France ÷ 3.5");
		ReferenceSnapshot snapshot = snapshot(assumed);

		assertThat(snapshot.salary("QA", "CONFIRMED", "XK").assumption()).isTrue();
		assertThat(snapshot.salary("FULL_STACK", "CONFIRMED", "XK").assumption()).isTrue();
	}

	@Test
	void unknownCodesAreRefused() {
		ReferenceSnapshot snapshot = snapshot(salary("FULL_STACK", "SENIOR", "FR", "60000", "EUR"));

		assertThatThrownBy(() -> snapshot.salary("PLUMBER", "SENIOR", "FR"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> snapshot.salary("FULL_STACK", "GURU", "FR"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> snapshot.dayRate("FULL_STACK", "SENIOR", "ZZ"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aFigureInACurrencyWithoutRateCannotBeResolved() {
		ReferenceSnapshot snapshot = snapshot(salary("FULL_STACK", "SENIOR", "FR", "60000", "USD"));

		assertThatThrownBy(() -> snapshot.salary("FULL_STACK", "SENIOR", "FR"))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("USD");
	}

	private static Figure salary(String role, String seniority, String location, String amount, String currency) {
		return new Figure(FigureKind.SALARY, role, seniority, location, new BigDecimal(amount), currency, 2024, "S25",
				Confidence.MEDIUM, false, "");
	}

	private static Figure dayRate(String role, String seniority, String location, String amount, String currency) {
		return new Figure(FigureKind.DAY_RATE, role, seniority, location, new BigDecimal(amount), currency, 2024,
				"S25", Confidence.LOW, false, "");
	}

	private static Role role(String code, String ratio) {
		return new Role(code, code, code, new BigDecimal(ratio), "ASSUMPTION");
	}

	private static Seniority seniority(String code, String ratio) {
		return new Seniority(code, code, code, new BigDecimal(ratio), "S22");
	}

	private static Location location(String code, String currency) {
		return new Location(code, code, code, currency, ZoneId.of("Europe/Paris"), LocalTime.of(9, 0),
				LocalTime.of(18, 0), 220, new BigDecimal("0.2"), new BigDecimal("3000"), "ASSUMPTION", true, "");
	}

	private static CurrencyRate rate(String currency, String eurPerUnit) {
		return new CurrencyRate(currency, new BigDecimal(eurPerUnit), LocalDate.of(2026, 1, 1), "ASSUMPTION", true);
	}
}
