/**
 * The public budget estimator: reference data (roles, seniorities, locations, sourced salary and day-rate
 * figures, currency rates, model parameters; versioned, editable, CSV in and out), the cost model of every
 * delivery model with its Monte Carlo range, and saved estimates behind a public API and page.
 */
@NullMarked
package org.pilotage.estimation;

import org.jspecify.annotations.NullMarked;
