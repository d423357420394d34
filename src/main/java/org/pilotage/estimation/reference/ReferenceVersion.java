package org.pilotage.estimation.reference;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A published version of the reference data: when, by whom ({@code null} for the platform itself), and why. */
public record ReferenceVersion(int version, Instant publishedAt, @Nullable UUID publishedBy, String note) {
}
