/** Reference data of the estimator: stored, versioned and dated, with a source or an assumption mark on every figure. */
@NullMarked
package org.pilotage.estimation.reference;

import org.jspecify.annotations.NullMarked;
