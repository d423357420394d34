/**
 * Reference data of the estimator: stored, versioned and dated, with a source or an assumption mark on every figure.
 * Exposed to other modules: the talent module converts day rates with its currency rates.
 */
@NullMarked
@NamedInterface("reference")
package org.pilotage.estimation.reference;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
