package org.pilotage.estimation.reference;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * A country where people work (ISO 3166 alpha-2 code): its currency, default zone and business hours, billable
 * days a year, employer charges as a share of gross salary and yearly overhead per employee in EUR, with the
 * source of those figures or the mark that they are an assumption.
 */
public record Location(String code, String nameEn, String nameFr, String currency, ZoneId zone,
		LocalTime businessStart, LocalTime businessEnd, int billableDays, BigDecimal employerCharges,
		BigDecimal annualOverheadEur, String sourceKey, boolean assumption, String note) {
}
