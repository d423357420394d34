/**
 * The matching kernel: plain Java, no Spring, no I/O. {@link org.pilotage.talent.matching.Matcher} filters
 * candidates on the hard criteria of a {@link org.pilotage.talent.matching.Need} and ranks the rest by an
 * explained score. The decisions are written down in {@code docs/talent/MATCHING.md}. Exposed to other
 * modules because {@link org.pilotage.talent.PersonCard} carries its {@link org.pilotage.talent.matching.Seniority}.
 */
@NullMarked
@NamedInterface("matching")
package org.pilotage.talent.matching;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
