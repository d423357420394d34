package org.pilotage.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Public holidays from the library and from the data Pilotage ships, checked against the 2026 calendars. */
class KnowingPublicHolidaysTest {

	private final PublicHolidays holidays = new PublicHolidays(messages());

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/sla");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	private List<LocalDate> dates(String country, String region, int year) {
		return holidays.holidays(country, region, year, Locale.ENGLISH).stream().map(PublicHolidays.PublicHoliday::date).toList();
	}

	@Test
	void franceHasElevenHolidaysIn2026WithEasterMondayAscensionAndWhitMonday() {
		assertThat(dates("FR", null, 2026)).hasSize(11)
			.contains(LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 14), LocalDate.of(2026, 5, 25),
					LocalDate.of(2026, 7, 14), LocalDate.of(2026, 12, 25));
	}

	@Test
	void alsaceMoselleAddsGoodFridayAndSaintStephen() {
		assertThat(holidays.region("FR", "FR-67")).isEqualTo("67");
		assertThat(dates("FR", "67", 2026)).hasSize(13).contains(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 12, 26));
		assertThat(holidays.regions("FR", Locale.FRENCH)).extracting(PublicHolidays.Region::name).contains("Bas-Rhin");
	}

	@Test
	void madagascar2026IsFixedDatesAndTheDaysAfterEaster() {
		assertThat(dates("MG", null, 2026)).containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 8),
				LocalDate.of(2026, 3, 29), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 14),
				LocalDate.of(2026, 5, 25), LocalDate.of(2026, 6, 26), LocalDate.of(2026, 8, 15), LocalDate.of(2026, 11, 1),
				LocalDate.of(2026, 12, 25));
	}

	@Test
	void tunisia2026TakesEidAlFitrFromTheHijriCalendarAndRevolutionDayOn17December() {
		List<PublicHolidays.PublicHoliday> tunisia = holidays.holidays("TN", null, 2026, Locale.FRENCH);

		assertThat(tunisia).filteredOn(holiday -> holiday.name().equals("Aïd el-Fitr"))
			.extracting(PublicHolidays.PublicHoliday::date)
			.containsExactly(LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 21));
		assertThat(dates("TN", null, 2026)).contains(LocalDate.of(2026, 12, 17), LocalDate.of(2026, 3, 20),
				LocalDate.of(2026, 5, 27), LocalDate.of(2026, 5, 28)).doesNotContain(LocalDate.of(2026, 1, 14));
		assertThat(dates("TN", null, 2020)).contains(LocalDate.of(2020, 1, 14)).doesNotContain(LocalDate.of(2020, 12, 17));
	}

	@Test
	void vietnamClosesForTetFrom16February2026AndForTheHungKings() {
		assertThat(ShippedHolidays.TET.get(2026)).isEqualTo(LocalDate.of(2026, 2, 17));
		assertThat(dates("VN", null, 2026)).contains(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17),
				LocalDate.of(2026, 2, 20), LocalDate.of(2026, 4, 26), LocalDate.of(2026, 4, 30), LocalDate.of(2026, 9, 2))
			.doesNotContain(LocalDate.of(2026, 2, 21));
		// the dates the government announced for the Hung Kings' day
		assertThat(ShippedHolidays.HUNG_KINGS).containsEntry(2020, LocalDate.of(2020, 4, 2))
			.containsEntry(2021, LocalDate.of(2021, 4, 21)).containsEntry(2023, LocalDate.of(2023, 4, 29))
			.containsEntry(2025, LocalDate.of(2025, 4, 7));
		assertThat(ShippedHolidays.TET).hasSize(16);
	}

	@Test
	void easterIsComputedForTheGregorianCalendar() {
		assertThat(ShippedHolidays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
		assertThat(ShippedHolidays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
		assertThat(ShippedHolidays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
	}

	@Test
	void theCountriesOfTheOffshoreChainAreAllKnown() {
		assertThat(holidays.countries()).contains("FR", "IN", "MA", "MU", "PL", "PT", "RO", "TN", "MG", "VN");
		assertThat(holidays.knows("ZZ")).isFalse();
		assertThat(holidays.region("FR", "99")).isNull();
	}
}
