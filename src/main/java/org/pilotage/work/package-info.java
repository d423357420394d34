/**
 * Work tracking inside an engagement: tickets, tasks and deliverables, their workflow with whose turn it is, the
 * review of deliverables, comments (client-visible or internal), watchers, and the append-only timeline the SLA
 * engine and the KPIs are computed from. {@link org.pilotage.work.WorkItems} answers every query with views shaped
 * for the caller, scoped by the engagement module's visibility rules.
 */
@NullMarked
package org.pilotage.work;

import org.jspecify.annotations.NullMarked;
