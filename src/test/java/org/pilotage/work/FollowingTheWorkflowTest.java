package org.pilotage.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pilotage.work.WorkStatus.CLOSED;
import static org.pilotage.work.WorkStatus.IN_PROGRESS;
import static org.pilotage.work.WorkStatus.NEW;
import static org.pilotage.work.WorkStatus.OPEN;
import static org.pilotage.work.WorkStatus.RESOLVED;
import static org.pilotage.work.WorkStatus.WAITING_ON_CLIENT;
import static org.pilotage.work.WorkStatus.WAITING_ON_PROVIDER;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The workflow rules as plain Java: the table of WORK.md, who may make which move, whose turn it is. */
class FollowingTheWorkflowTest {

	@Test
	void theProviderMayMakeEveryMoveOfTheTableOnATicket() {
		assertThat(Workflow.next(WorkItemType.TICKET, NEW, Side.PROVIDER))
			.containsExactlyInAnyOrder(OPEN, IN_PROGRESS, WAITING_ON_CLIENT, RESOLVED);
		assertThat(Workflow.next(WorkItemType.TICKET, OPEN, Side.PROVIDER))
			.containsExactlyInAnyOrder(IN_PROGRESS, WAITING_ON_CLIENT, WAITING_ON_PROVIDER, RESOLVED);
		assertThat(Workflow.next(WorkItemType.TICKET, IN_PROGRESS, Side.PROVIDER))
			.containsExactlyInAnyOrder(OPEN, WAITING_ON_CLIENT, WAITING_ON_PROVIDER, RESOLVED);
		assertThat(Workflow.next(WorkItemType.TICKET, WAITING_ON_CLIENT, Side.PROVIDER))
			.containsExactlyInAnyOrder(OPEN, IN_PROGRESS, RESOLVED);
		assertThat(Workflow.next(WorkItemType.TICKET, WAITING_ON_PROVIDER, Side.PROVIDER))
			.containsExactlyInAnyOrder(OPEN, IN_PROGRESS, RESOLVED);
		assertThat(Workflow.next(WorkItemType.TICKET, RESOLVED, Side.PROVIDER)).containsExactlyInAnyOrder(CLOSED, OPEN);
		assertThat(Workflow.next(WorkItemType.TICKET, CLOSED, Side.PROVIDER)).containsExactly(OPEN);
	}

	@Test
	void theClientConfirmsReopensOrHandsBackOnly() {
		assertThat(Workflow.next(WorkItemType.TICKET, RESOLVED, Side.CLIENT)).containsExactlyInAnyOrder(CLOSED, OPEN);
		assertThat(Workflow.next(WorkItemType.TICKET, CLOSED, Side.CLIENT)).containsExactly(OPEN);
		assertThat(Workflow.next(WorkItemType.TICKET, WAITING_ON_CLIENT, Side.CLIENT))
			.containsExactlyInAnyOrder(OPEN, IN_PROGRESS);
		for (WorkStatus status : EnumSet.of(NEW, OPEN, IN_PROGRESS, WAITING_ON_PROVIDER)) {
			assertThat(Workflow.next(WorkItemType.TICKET, status, Side.CLIENT)).as(status.name()).isEmpty();
		}
	}

	@ParameterizedTest(name = "{0} → {1} is illegal for anyone")
	@CsvSource({ "NEW, CLOSED", "NEW, WAITING_ON_PROVIDER", "NEW, NEW", "OPEN, NEW", "OPEN, CLOSED",
			"IN_PROGRESS, CLOSED", "WAITING_ON_CLIENT, WAITING_ON_PROVIDER", "RESOLVED, IN_PROGRESS",
			"CLOSED, RESOLVED", "CLOSED, IN_PROGRESS" })
	void movesOutsideTheTableAreRefused(WorkStatus from, WorkStatus to) {
		for (Side side : Side.values()) {
			for (WorkItemType type : WorkItemType.values()) {
				assertThat(Workflow.allows(type, from, to, side)).as(type + " " + side).isFalse();
			}
		}
	}

	@Test
	void aDeliverableIsResolvedClosedOrReworkedOnlyThroughItsReview() {
		for (WorkStatus from : WorkStatus.values()) {
			Set<WorkStatus> next = Workflow.next(WorkItemType.DELIVERABLE, from, Side.PROVIDER);
			assertThat(next).as(from.name()).doesNotContain(RESOLVED, CLOSED);
		}
		assertThat(Workflow.next(WorkItemType.DELIVERABLE, RESOLVED, Side.CLIENT)).isEmpty();
		assertThat(Workflow.next(WorkItemType.DELIVERABLE, CLOSED, Side.CLIENT)).isEmpty();
		assertThat(Workflow.maySubmit(IN_PROGRESS)).isTrue();
		assertThat(Workflow.maySubmit(RESOLVED)).isFalse();
		assertThat(Workflow.maySubmit(CLOSED)).isFalse();
	}

	@Test
	void whoseTurnFollowsTheStatus() {
		assertThat(WAITING_ON_CLIENT.turn()).isEqualTo(Turn.CLIENT);
		assertThat(RESOLVED.turn()).isEqualTo(Turn.CLIENT);
		assertThat(CLOSED.turn()).isEqualTo(Turn.NOBODY);
		for (WorkStatus status : EnumSet.of(NEW, OPEN, IN_PROGRESS, WAITING_ON_PROVIDER)) {
			assertThat(status.turn()).as(status.name()).isEqualTo(Turn.PROVIDER);
		}
	}

	@ParameterizedTest(name = "impact {0} × urgency {1} → {2}")
	@CsvSource({ "HIGH, HIGH, P1", "HIGH, MEDIUM, P2", "MEDIUM, HIGH, P2", "HIGH, LOW, P3", "MEDIUM, MEDIUM, P3",
			"LOW, HIGH, P3", "MEDIUM, LOW, P4", "LOW, MEDIUM, P4", "LOW, LOW, P4" })
	void theDefaultMatrixFollowsItil(Level impact, Level urgency, Priority priority) {
		assertThat(Workflow.defaultPriority(impact, urgency)).isEqualTo(priority);
	}
}
