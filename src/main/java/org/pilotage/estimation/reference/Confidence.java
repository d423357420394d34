package org.pilotage.estimation.reference;

/** How far a figure can be trusted, as the reference file grades its sources. */
public enum Confidence {
	LOW, LOW_MEDIUM, MEDIUM_LOW, MEDIUM, HIGH
}
