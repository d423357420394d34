/**
 * The cost model of the estimator as plain Java: no Spring, no database, no I/O. It takes a scenario whose
 * figures are already resolved to EUR and the model parameters, and answers the point estimate and the
 * seeded Monte Carlo range of every delivery model. The formulas and the decisions the reference file leaves
 * open are written down in {@code docs/estimation/MODEL.md}.
 */
@NullMarked
package org.pilotage.estimation.model;

import org.jspecify.annotations.NullMarked;
