/**
 * The SLA engine. First slice: exact business-time arithmetic over calendars ({@link org.pilotage.sla.BusinessCalendar},
 * {@link org.pilotage.sla.BusinessTime}) as plain Java, without Spring: the clocks, policies and breach events of the
 * SLA issue are built on it.
 */
@NullMarked
package org.pilotage.sla;

import org.jspecify.annotations.NullMarked;
