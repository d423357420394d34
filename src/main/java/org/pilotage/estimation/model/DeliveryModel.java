package org.pilotage.estimation.model;

/** The five ways of getting the same work done that the estimator compares, in the order they are shown. */
public enum DeliveryModel {
	IN_HOUSE, FREELANCE, SUBCONTRACTING, DEDICATED_TEAM, BPO
}
