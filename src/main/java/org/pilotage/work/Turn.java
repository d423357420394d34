package org.pilotage.work;

/** Whose move it is on a work item: the provider's, the client's, or nobody's once closed. */
public enum Turn {
	PROVIDER, CLIENT, NOBODY
}
