package org.pilotage.estimation.reference;

import java.math.BigDecimal;

/**
 * A developer profile (BACKEND, DEVOPS, …). {@code ratio} is its pay relative to the reference role of the
 * figures (1 for the role most figures are quoted for), used to derive figures a location lacks.
 */
public record Role(String code, String nameEn, String nameFr, BigDecimal ratio, String sourceKey) {
}
