package org.pilotage.sla;

import java.time.Instant;
import java.util.UUID;

/**
 * The clocks of an engagement's items were computed again at once (its first policy version, a change of a calendar
 * it counts in, an asked recompute): what was derived from its cycles should be derived again. Published in the
 * recompute's transaction.
 */
public record SlaClocksRecomputed(UUID engagementId, Instant at) {
}
