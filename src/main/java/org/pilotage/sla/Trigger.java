package org.pilotage.sla;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The conditions a metric's start, pause, resume and stop are made of: what a work item's timeline entry means for
 * the clocks. One entry can mean several things (a resolution is also the client's turn).
 */
public enum Trigger {

	/** The item was created. */
	CREATED,

	/** A client-side user commented. */
	CLIENT_COMMENT,

	/** A provider-side user wrote a comment the client can read. */
	PROVIDER_REPLY,

	/** The turn passed to the client (waiting on the client, resolved, a deliverable handed in for review). */
	TURN_TO_CLIENT,

	/** The turn came back to the provider (the client replied, a reopening, a rejected deliverable). */
	TURN_TO_PROVIDER,

	/** The item entered WAITING_ON_CLIENT. */
	WAITING_ON_CLIENT,

	/** The item was resolved (or closed without being resolved first). */
	RESOLVED,

	/** A resolved or closed item was opened again. */
	REOPENED,

	/** The item was closed. */
	CLOSED,

	/** A deliverable was handed in for review. */
	SUBMITTED,

	/** A deliverable was accepted. */
	ACCEPTED,

	/** A deliverable was rejected. */
	REJECTED;

	/** What a timeline entry (its kind and data, as the work module stores them) means for the clocks. */
	public static Set<Trigger> of(String kind, Map<String, ?> data) {
		Set<Trigger> triggers = EnumSet.noneOf(Trigger.class);
		switch (kind) {
			case "CREATED" -> triggers.add(CREATED);
			case "COMMENTED" -> {
				Object side = data.get("side");
				if ("CLIENT".equals(String.valueOf(side))) {
					triggers.add(CLIENT_COMMENT);
				}
				else if ("PROVIDER".equals(String.valueOf(side)) && "CLIENT".equals(String.valueOf(data.get("visibility")))) {
					triggers.add(PROVIDER_REPLY);
				}
			}
			case "SUBMITTED" -> triggers.add(SUBMITTED);
			case "ACCEPTED" -> triggers.add(ACCEPTED);
			case "REJECTED" -> triggers.add(REJECTED);
			default -> {
			}
		}
		String turnBefore = before(data, "turn");
		String turnAfter = after(data, "turn");
		if (turnAfter != null && !turnAfter.equals(turnBefore)) {
			if (turnAfter.equals("CLIENT")) {
				triggers.add(TURN_TO_CLIENT);
			}
			else if (turnAfter.equals("PROVIDER")) {
				triggers.add(TURN_TO_PROVIDER);
			}
		}
		String from = before(data, "status");
		String to = after(data, "status");
		if (to != null && !to.equals(from)) {
			boolean wasDone = "RESOLVED".equals(from) || "CLOSED".equals(from);
			boolean done = to.equals("RESOLVED") || to.equals("CLOSED");
			if (done && !wasDone) {
				triggers.add(RESOLVED);
			}
			if (wasDone && !done) {
				triggers.add(REOPENED);
			}
			if (to.equals("CLOSED")) {
				triggers.add(CLOSED);
			}
			if (to.equals("WAITING_ON_CLIENT")) {
				triggers.add(WAITING_ON_CLIENT);
			}
		}
		return triggers;
	}

	private static @Nullable String before(Map<String, ?> data, String field) {
		return end(data, field, "before");
	}

	private static @Nullable String after(Map<String, ?> data, String field) {
		return end(data, field, "after");
	}

	private static @Nullable String end(Map<String, ?> data, String field, String end) {
		if (data.get(field) instanceof Map<?, ?> change && change.get(end) != null) {
			return String.valueOf(change.get(end));
		}
		return null;
	}
}
