package org.pilotage.work;

/** Impact or urgency of a work item, the two axes of the priority matrix. */
public enum Level {
	HIGH, MEDIUM, LOW
}
