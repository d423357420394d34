/**
 * Talent pool: people of provider organizations and freelancers, their skills, rates, working hours and
 * availability, and matching them to a need.
 */
@NullMarked
package org.pilotage.talent;

import org.jspecify.annotations.NullMarked;
