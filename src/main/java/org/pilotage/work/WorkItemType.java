package org.pilotage.work;

/** A ticket of a run function (BPO, support), or a task or deliverable of a mission. */
public enum WorkItemType {
	TICKET, TASK, DELIVERABLE
}
