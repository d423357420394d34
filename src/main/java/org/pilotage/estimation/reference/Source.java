package org.pilotage.estimation.reference;

/** A cited source ({@code S22}, …) or the pseudo-source {@code ASSUMPTION}. */
public record Source(String key, String citation) {
}
