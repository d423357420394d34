/**
 * Governance of engagements: KPIs computed from work events and SLA clocks, dashboards, service credits, weekly
 * follow-up reports, dependency and control risk, supplier scorecards. First slices: the KPI catalogue and its
 * computation, and service-credit statements, as plain Java over their own input records.
 */
@NullMarked
package org.pilotage.governance;

import org.jspecify.annotations.NullMarked;
