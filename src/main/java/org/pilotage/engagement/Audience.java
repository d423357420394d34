package org.pilotage.engagement;

/**
 * Which view of an engagement a caller gets: the provider's (everything), the client's (the contract, never
 * a freelancer's identity) or a staffed freelancer's (no commercial terms).
 */
public enum Audience {
	PROVIDER, CLIENT, FREELANCER
}
