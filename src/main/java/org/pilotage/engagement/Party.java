package org.pilotage.engagement;

import java.util.UUID;

/** One side of an engagement, as every view names it: the organization's id and name. */
public record Party(UUID id, String name) {
}
