package org.pilotage.work;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Who may move a week where: the person submits an open or returned week, an approver decides a submitted one. */
class TimesheetStatusTest {

	@Test
	void thePersonSubmitsOpenAndReturnedWeeksOnly() {
		assertThat(TimesheetStatus.OPEN.next(true, false)).containsExactly(TimesheetStatus.SUBMITTED);
		assertThat(TimesheetStatus.RETURNED.next(true, false)).containsExactly(TimesheetStatus.SUBMITTED);
		assertThat(TimesheetStatus.SUBMITTED.next(true, false)).isEmpty();
		assertThat(TimesheetStatus.APPROVED.next(true, false)).isEmpty();
	}

	@Test
	void anApproverDecidesSubmittedWeeksOnly() {
		assertThat(TimesheetStatus.SUBMITTED.next(false, true)).containsExactly(TimesheetStatus.APPROVED,
				TimesheetStatus.RETURNED);
		assertThat(TimesheetStatus.OPEN.next(false, true)).isEmpty();
		assertThat(TimesheetStatus.APPROVED.next(false, true)).isEmpty();
		assertThat(TimesheetStatus.RETURNED.next(false, true)).isEmpty();
	}

	@Test
	void onlyOpenAndReturnedWeeksChange() {
		assertThat(TimesheetStatus.OPEN.editable()).isTrue();
		assertThat(TimesheetStatus.RETURNED.editable()).isTrue();
		assertThat(TimesheetStatus.SUBMITTED.editable()).isFalse();
		assertThat(TimesheetStatus.APPROVED.editable()).isFalse();
		assertThat(TimesheetStatus.OPEN.next(false, false)).isEmpty();
	}
}
