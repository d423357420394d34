package org.pilotage.work;

/**
 * Where a work item is. Whose turn it is follows from the status alone, so the SLA engine can pause provider
 * clocks on the client's turn without a second source of truth.
 */
public enum WorkStatus {

	NEW, OPEN, IN_PROGRESS, WAITING_ON_CLIENT, WAITING_ON_PROVIDER, RESOLVED, CLOSED;

	public Turn turn() {
		return switch (this) {
			case WAITING_ON_CLIENT, RESOLVED -> Turn.CLIENT;
			case CLOSED -> Turn.NOBODY;
			default -> Turn.PROVIDER;
		};
	}

	/** Open work: anything not closed, as counted when the engagement is closed. */
	public boolean isOpen() {
		return this != CLOSED;
	}
}
