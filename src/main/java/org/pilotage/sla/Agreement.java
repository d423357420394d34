package org.pilotage.sla;

import org.pilotage.engagement.Audience;

/**
 * Whose promise a metric measures: the provider's SLA towards the client, or, in subcontracting, the agency's OLA
 * towards the freelancer, derived from the SLA and nested inside it. The client's side sees only the SLA, a staffed
 * freelancer only the OLA, the provider's side both.
 */
public enum Agreement {

	SLA, OLA;

	/** The key of a metric of this agreement in the stored clocks and deadlines: {@code OLA_RESOLUTION} for an OLA. */
	public String key(Metric metric) {
		return this == OLA ? "OLA_" + metric.name() : metric.name();
	}

	/** Whether an audience of the engagement may see this agreement's clocks. */
	public boolean visibleTo(Audience audience) {
		return switch (audience) {
			case PROVIDER -> true;
			case CLIENT -> this == SLA;
			case FREELANCER -> this == OLA;
		};
	}
}
