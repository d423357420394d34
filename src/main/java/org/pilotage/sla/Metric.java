package org.pilotage.sla;

/**
 * What an SLA measures on a work item. Each is defined in a policy by start, pause, resume and stop conditions over
 * the item's timeline ({@link Trigger}), with a goal per priority; the defaults follow the project's SLA semantics.
 */
public enum Metric {

	/** From creation to the provider's first reply the client can read. */
	FIRST_RESPONSE,

	/** From each client comment to the provider's next reply; one cycle per client comment left unanswered. */
	NEXT_RESPONSE,

	/** From creation to resolution, paused while it is the client's turn, a new cycle on each reopening. */
	RESOLUTION,

	/** From a deliverable's commitment (its creation) to its acceptance, paused while the client reviews it. */
	DELIVERY_DUE
}
