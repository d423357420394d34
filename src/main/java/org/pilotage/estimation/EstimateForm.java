package org.pilotage.estimation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.pilotage.shared.Problem;

/**
 * The estimator page's form, bound from the request parameters as text so that a letter typed in a number
 * field becomes a message next to that field rather than a binding failure. Field names match the API's, so
 * the page shows the API's field errors where they belong.
 */
public class EstimateForm {

	private String clientCountry = "FR";
	private String durationMonths = "12";
	private String currency = "EUR";
	private String requiredOverlapHours = "4";
	private String seed = "1";
	private String samples = "10000";
	private String startDate = "";
	private List<RowForm> team = new ArrayList<>(List.of(new RowForm("BACKEND", "SENIOR", "2", "MA")));
	private Map<String, String> parameters = new LinkedHashMap<>();
	private String from = "";

	/** One team row of the form. */
	public static class RowForm {

		private String role = "";
		private String seniority = "";
		private String count = "1";
		private String location = "";
		private String clientSalary = "";
		private String providerSalary = "";
		private String dayRate = "";

		public RowForm() {
		}

		RowForm(String role, String seniority, String count, String location) {
			this.role = role;
			this.seniority = seniority;
			this.count = count;
			this.location = location;
		}

		public String getRole() { return role; }
		public void setRole(@Nullable String role) { this.role = text(role); }
		public String getSeniority() { return seniority; }
		public void setSeniority(@Nullable String seniority) { this.seniority = text(seniority); }
		public String getCount() { return count; }
		public void setCount(@Nullable String count) { this.count = text(count); }
		public String getLocation() { return location; }
		public void setLocation(@Nullable String location) { this.location = text(location); }
		public String getClientSalary() { return clientSalary; }
		public void setClientSalary(@Nullable String clientSalary) { this.clientSalary = text(clientSalary); }
		public String getProviderSalary() { return providerSalary; }
		public void setProviderSalary(@Nullable String providerSalary) { this.providerSalary = text(providerSalary); }
		public String getDayRate() { return dayRate; }
		public void setDayRate(@Nullable String dayRate) { this.dayRate = text(dayRate); }
	}

	public String getClientCountry() { return clientCountry; }
	public void setClientCountry(@Nullable String clientCountry) { this.clientCountry = text(clientCountry); }
	public String getDurationMonths() { return durationMonths; }
	public void setDurationMonths(@Nullable String durationMonths) { this.durationMonths = text(durationMonths); }
	public String getCurrency() { return currency; }
	public void setCurrency(@Nullable String currency) { this.currency = text(currency); }
	public String getRequiredOverlapHours() { return requiredOverlapHours; }
	public void setRequiredOverlapHours(@Nullable String hours) { this.requiredOverlapHours = text(hours); }
	public String getSeed() { return seed; }
	public void setSeed(@Nullable String seed) { this.seed = text(seed); }
	public String getSamples() { return samples; }
	public void setSamples(@Nullable String samples) { this.samples = text(samples); }
	public String getStartDate() { return startDate; }
	public void setStartDate(@Nullable String startDate) { this.startDate = text(startDate); }
	public List<RowForm> getTeam() { return team; }
	public void setTeam(List<RowForm> team) { this.team = team; }
	/** The saved estimate this form was opened from, to keep showing it while fields are corrected. */
	public String getFrom() { return from; }
	public void setFrom(@Nullable String from) { this.from = text(from); }
	public Map<String, String> getParameters() { return parameters; }
	public void setParameters(Map<String, String> parameters) { this.parameters = parameters; }

	/** The form filled from a saved estimate's echoed request, to change it and estimate again. */
	static EstimateForm of(EstimateRequest input) {
		EstimateForm form = new EstimateForm();
		form.clientCountry = text(input.clientCountry());
		form.durationMonths = text(input.durationMonths());
		form.currency = text(input.currency());
		form.requiredOverlapHours = input.requiredOverlapHours() == null ? ""
				: input.requiredOverlapHours().stripTrailingZeros().toPlainString();
		form.seed = text(input.seed());
		form.samples = text(input.samples());
		form.startDate = text(input.startDate());
		form.team = new ArrayList<>();
		if (input.team() != null) {
			for (EstimateRequest.Row row : input.team()) {
				RowForm r = new RowForm(text(row.role()), text(row.seniority()), text(row.count()), text(row.location()));
				r.clientSalary = plain(row.clientSalary());
				r.providerSalary = plain(row.providerSalary());
				r.dayRate = plain(row.dayRate());
				form.team.add(r);
			}
		}
		form.parameters = new LinkedHashMap<>();
		if (input.parameters() != null) {
			input.parameters().forEach((key, value) -> form.parameters.put(key, plain(value)));
		}
		return form;
	}

	/**
	 * The request this form describes. Text that is not a number lands in {@code errors} under the API's field
	 * name; blank optional fields take the API's defaults.
	 */
	EstimateRequest toRequest(List<Problem.FieldError> errors) {
		List<EstimateRequest.Row> rows = new ArrayList<>();
		for (int i = 0; i < team.size(); i++) {
			RowForm row = team.get(i);
			String field = "team[" + i + "].";
			rows.add(new EstimateRequest.Row(blankToNull(row.role), blankToNull(row.seniority),
					integer(field + "count", row.count, errors), blankToNull(row.location),
					decimal(field + "clientSalary", row.clientSalary, errors),
					decimal(field + "providerSalary", row.providerSalary, errors),
					decimal(field + "dayRate", row.dayRate, errors)));
		}
		Map<String, BigDecimal> overrides = new LinkedHashMap<>();
		parameters.forEach((key, value) -> {
			BigDecimal number = decimal("parameters." + key, value, errors);
			if (number != null) {
				overrides.put(key, number);
			}
		});
		LocalDate start = null;
		if (!startDate.isBlank()) {
			try {
				start = LocalDate.parse(startDate);
			}
			catch (DateTimeParseException e) {
				errors.add(new Problem.FieldError("startDate", "not-a-date", "not a date (YYYY-MM-DD)"));
			}
		}
		Long seedValue = null;
		if (!seed.isBlank()) {
			try {
				seedValue = Long.parseLong(seed.strip());
			}
			catch (NumberFormatException e) {
				errors.add(new Problem.FieldError("seed", "not-a-number", "not a whole number"));
			}
		}
		return new EstimateRequest(blankToNull(clientCountry), integer("durationMonths", durationMonths, errors),
				blankToNull(currency), decimal("requiredOverlapHours", requiredOverlapHours, errors), seedValue,
				integer("samples", samples, errors), start, rows, overrides);
	}

	private static @Nullable Integer integer(String field, String text, List<Problem.FieldError> errors) {
		if (text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException e) {
			errors.add(new Problem.FieldError(field, "not-a-number", "not a whole number"));
			return null;
		}
	}

	private static @Nullable BigDecimal decimal(String field, @Nullable String text, List<Problem.FieldError> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(text.strip().replace(',', '.').replace(" ", "").replace("\u00a0", "")
				.replace("\u202f", ""));
		}
		catch (NumberFormatException e) {
			errors.add(new Problem.FieldError(field, "not-a-number", "not a number"));
			return null;
		}
	}

	private static @Nullable String blankToNull(String text) {
		return text.isBlank() ? null : text.strip();
	}

	private static String text(@Nullable Object value) {
		return value == null ? "" : value.toString();
	}

	private static String plain(@Nullable BigDecimal value) {
		return value == null ? "" : value.stripTrailingZeros().toPlainString();
	}
}
