package org.pilotage.engagement;

import java.util.UUID;

/**
 * Work still open on an engagement, as a module that tracks work counts it. Closing an engagement asks every
 * bean implementing this interface and is refused while any of them reports open items, so that a contract
 * cannot end under tickets or deliverables nobody finished. The engagement module ships no implementation:
 * the work-tracking module provides one.
 */
public interface OpenWork {

	/** How many items of the engagement are still open; 0 when there are none or the module knows none. */
	long openItems(UUID engagementId);
}
