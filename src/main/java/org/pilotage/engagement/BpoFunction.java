package org.pilotage.engagement;

/** The function a BPO provider runs for its client. */
public enum BpoFunction {
	IT_SUPPORT, HELPDESK, SYSTEM_MAINTENANCE, APPLICATION_MAINTENANCE, DATA_MANAGEMENT, SECURITY_OPERATIONS
}
