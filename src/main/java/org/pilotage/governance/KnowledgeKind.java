package org.pilotage.governance;

/**
 * What a knowledge article is: an ARTICLE explains (how the client's systems are built, who decides what), a RUNBOOK
 * says step by step what to do when something happens. Both count alike for knowledge coverage.
 */
public enum KnowledgeKind {
	ARTICLE, RUNBOOK
}
