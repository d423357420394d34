package org.pilotage.talent;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pilotage.shared.Problem;

/**
 * The availability form: the stored periods plus one empty row to add a period; a row is removed by ticking
 * its box, an empty row is ignored. Field names are the API's ({@code periods[1].to}).
 */
public class PeriodsForm {

	private List<Row> periods = new ArrayList<>();

	/** One period of the form. */
	public static class Row {

		private String from = "";
		private String to = "";
		private String allocationPercent = "";
		private boolean remove;

		public Row() {
		}

		Row(String from, String to, String allocationPercent) {
			this.from = from;
			this.to = to;
			this.allocationPercent = allocationPercent;
		}

		boolean blank() {
			return from.isBlank() && to.isBlank() && allocationPercent.isBlank();
		}

		public String getFrom() { return from; }
		public void setFrom(@Nullable String value) { from = value == null ? "" : value; }
		public String getTo() { return to; }
		public void setTo(@Nullable String value) { to = value == null ? "" : value; }
		public String getAllocationPercent() { return allocationPercent; }
		public void setAllocationPercent(@Nullable String value) { allocationPercent = value == null ? "" : value; }
		public boolean isRemove() { return remove; }
		public void setRemove(boolean value) { remove = value; }
	}

	static PeriodsForm of(AvailabilityView view) {
		PeriodsForm form = new PeriodsForm();
		view.periods().forEach(period -> form.periods.add(new Row(period.from().toString(), period.to().toString(),
				Integer.toString(period.allocationPercent()))));
		return form.withEmptyRow();
	}

	PeriodsForm withEmptyRow() {
		if (periods.isEmpty() || !periods.get(periods.size() - 1).blank()) {
			periods.add(new Row());
		}
		return this;
	}

	/**
	 * The API request: removed and empty rows left out. Errors are reported under the index of the form's row,
	 * so {@link #rowOf} maps the request's indexes back.
	 */
	AvailabilityRequest toRequest(List<Problem.FieldError> errors) {
		List<AvailabilityRequest.PeriodRequest> kept = new ArrayList<>();
		for (int i = 0; i < periods.size(); i++) {
			Row row = periods.get(i);
			if (row.remove || row.blank()) {
				continue;
			}
			Integer percent = null;
			if (!row.allocationPercent.isBlank()) {
				try {
					percent = Integer.valueOf(row.allocationPercent.strip());
				}
				catch (NumberFormatException e) {
					errors.add(new Problem.FieldError("periods[" + i + "].allocationPercent", "not-a-number",
							"is not a number"));
					percent = 1;
				}
			}
			kept.add(new AvailabilityRequest.PeriodRequest(row.from, row.to, percent));
		}
		return new AvailabilityRequest(kept);
	}

	/** The form row of the {@code index}-th period sent. */
	int rowOf(int index) {
		int sent = -1;
		for (int i = 0; i < periods.size(); i++) {
			Row row = periods.get(i);
			if (!row.remove && !row.blank() && ++sent == index) {
				return i;
			}
		}
		return index;
	}

	public List<Row> getPeriods() { return periods; }
	public void setPeriods(List<Row> value) { periods = value; }
}
