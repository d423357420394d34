package org.pilotage.estimation.reference;

/** What a figure measures: an employee's annual gross salary or a freelancer's day rate. */
public enum FigureKind {
	SALARY, DAY_RATE
}
