package org.pilotage.work;

/** Which party a caller acts for on a work item; readers (auditors, the platform administrator) act for none. */
public enum Side {
	CLIENT, PROVIDER
}
