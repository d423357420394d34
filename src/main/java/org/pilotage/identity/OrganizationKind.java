package org.pilotage.identity;

public enum OrganizationKind {
	CLIENT, PROVIDER, FREELANCER
}
