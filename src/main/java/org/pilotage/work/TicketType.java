package org.pilotage.work;

/** The ITIL kind of a ticket. */
public enum TicketType {
	INCIDENT, SERVICE_REQUEST, CHANGE, PROBLEM
}
