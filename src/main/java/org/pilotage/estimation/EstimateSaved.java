package org.pilotage.estimation;

import java.time.Instant;
import java.util.UUID;

/** An estimate was computed and saved under its permalink. */
public record EstimateSaved(UUID id, Instant createdAt, int referenceVersion) {
}
