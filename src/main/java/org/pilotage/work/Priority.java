package org.pilotage.work;

/** P1 (most urgent) to P4, derived from impact and urgency by the engagement's matrix. */
public enum Priority {
	P1, P2, P3, P4
}
