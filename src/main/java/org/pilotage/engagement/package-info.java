/**
 * Engagements between a client and a provider (an agency or a freelancer): SUBCONTRACTING missions, BPO
 * functions and HYBRID contracts, their lifecycle, terms, documents and exit plan, and the visibility rules of
 * the chain. {@link org.pilotage.engagement.Engagements} answers every query with a view shaped for the caller,
 * so a field a caller may not see has no place to be serialised.
 */
@NullMarked
package org.pilotage.engagement;

import org.jspecify.annotations.NullMarked;
