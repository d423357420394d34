package org.pilotage.estimation.reference;

import java.math.BigDecimal;

/** JUNIOR, CONFIRMED, SENIOR or LEAD; {@code ratio} is pay relative to CONFIRMED, for derived figures. */
public record Seniority(String code, String nameEn, String nameFr, BigDecimal ratio, String sourceKey) {
}
