package org.pilotage.engagement;

import java.math.BigDecimal;

/** A contract day rate for a role, in the engagement's currency. */
public record Rate(String role, BigDecimal dayRate) {
}
