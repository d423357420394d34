package org.pilotage.work;

/** Who may read a comment: both parties, or the provider's side only. */
public enum Visibility {
	CLIENT, INTERNAL
}
