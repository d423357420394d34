package org.pilotage.engagement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.shared.Problem;

/**
 * The terms form of the pages, bound as text so that a letter in a number field becomes a message next to that
 * field rather than a binding failure. Field names are the API's, so the API's field errors land where they
 * belong.
 */
public class EngagementForm {

	/** Blank rate rows a form offers for new rates. */
	static final int BLANK_RATES = 2;

	private String kind = "SUBCONTRACTING";
	private String clientOrganizationId = "";
	private String providerOrganizationId = "";
	private String title = "";
	private String scope = "";
	private String deliverablesSummary = "";
	private String bpoFunction = "";
	private String startDate = "";
	private String endDate = "";
	private String renewalDate = "";
	private String noticeDays = "";
	private String renewalAlertDays = "30";
	private String currency = "EUR";
	private String budget = "";
	private String monthlyFee = "";
	private String version = "0";
	private List<RateForm> rates = new ArrayList<>();

	/** One day-rate row of the form. */
	public static class RateForm {

		private String role = "";
		private String dayRate = "";

		public String getRole() { return role; }
		public void setRole(@Nullable String role) { this.role = text(role); }
		public String getDayRate() { return dayRate; }
		public void setDayRate(@Nullable String dayRate) { this.dayRate = text(dayRate); }
	}

	public String getKind() { return kind; }
	public void setKind(@Nullable String kind) { this.kind = text(kind); }
	public String getClientOrganizationId() { return clientOrganizationId; }
	public void setClientOrganizationId(@Nullable String id) { this.clientOrganizationId = text(id); }
	public String getProviderOrganizationId() { return providerOrganizationId; }
	public void setProviderOrganizationId(@Nullable String id) { this.providerOrganizationId = text(id); }
	public String getTitle() { return title; }
	public void setTitle(@Nullable String title) { this.title = text(title); }
	public String getScope() { return scope; }
	public void setScope(@Nullable String scope) { this.scope = text(scope); }
	public String getDeliverablesSummary() { return deliverablesSummary; }
	public void setDeliverablesSummary(@Nullable String summary) { this.deliverablesSummary = text(summary); }
	public String getBpoFunction() { return bpoFunction; }
	public void setBpoFunction(@Nullable String bpoFunction) { this.bpoFunction = text(bpoFunction); }
	public String getStartDate() { return startDate; }
	public void setStartDate(@Nullable String startDate) { this.startDate = text(startDate); }
	public String getEndDate() { return endDate; }
	public void setEndDate(@Nullable String endDate) { this.endDate = text(endDate); }
	public String getRenewalDate() { return renewalDate; }
	public void setRenewalDate(@Nullable String renewalDate) { this.renewalDate = text(renewalDate); }
	public String getNoticeDays() { return noticeDays; }
	public void setNoticeDays(@Nullable String noticeDays) { this.noticeDays = text(noticeDays); }
	public String getRenewalAlertDays() { return renewalAlertDays; }
	public void setRenewalAlertDays(@Nullable String days) { this.renewalAlertDays = text(days); }
	public String getCurrency() { return currency; }
	public void setCurrency(@Nullable String currency) { this.currency = text(currency); }
	public String getBudget() { return budget; }
	public void setBudget(@Nullable String budget) { this.budget = text(budget); }
	public String getMonthlyFee() { return monthlyFee; }
	public void setMonthlyFee(@Nullable String monthlyFee) { this.monthlyFee = text(monthlyFee); }
	public String getVersion() { return version; }
	public void setVersion(@Nullable String version) { this.version = text(version); }
	public List<RateForm> getRates() { return rates; }
	public void setRates(List<RateForm> rates) { this.rates = rates; }

	/** The form filled from an engagement the caller may edit (the provider's or the client's view). */
	static EngagementForm of(EngagementView view) {
		EngagementForm form = new EngagementForm();
		form.kind = view.kind().name();
		form.clientOrganizationId = view.client().id().toString();
		form.providerOrganizationId = view.provider().id().toString();
		form.title = view.title();
		form.version = Long.toString(view.version());
		if (view instanceof ProviderEngagementView v) {
			form.fill(v.scope(), v.deliverablesSummary(), v.bpoFunction(), v.startDate(), v.endDate(), v.renewalDate(),
					v.noticeDays(), v.renewalAlertDays(), v.currency(), v.budget(), v.monthlyFee(), v.rates());
		}
		else if (view instanceof ClientEngagementView v) {
			form.fill(v.scope(), v.deliverablesSummary(), v.bpoFunction(), v.startDate(), v.endDate(), v.renewalDate(),
					v.noticeDays(), v.renewalAlertDays(), v.currency(), v.budget(), v.monthlyFee(), v.rates());
		}
		return form.withBlankRates();
	}

	/** Adds the blank rows for new rates. */
	EngagementForm withBlankRates() {
		rates.removeIf(rate -> rate.role.isEmpty() && rate.dayRate.isEmpty());
		for (int i = 0; i < BLANK_RATES; i++) {
			rates.add(new RateForm());
		}
		return this;
	}

	/** The terms this form describes; text that is not a number or a date lands in {@code errors}. */
	EngagementTerms toTerms(List<Problem.FieldError> errors) {
		rates.removeIf(rate -> rate.role.isEmpty() && rate.dayRate.isEmpty());
		List<EngagementTerms.RateTerms> rateTerms = new ArrayList<>();
		for (int i = 0; i < rates.size(); i++) {
			rateTerms.add(new EngagementTerms.RateTerms(rates.get(i).role,
					decimal(errors, "rates[" + i + "].dayRate", rates.get(i).dayRate)));
		}
		return new EngagementTerms(choice(errors, "kind", EngagementKind.class, kind),
				uuid(errors, "clientOrganizationId", clientOrganizationId),
				uuid(errors, "providerOrganizationId", providerOrganizationId), title, scope, deliverablesSummary,
				choice(errors, "bpoFunction", BpoFunction.class, bpoFunction), date(errors, "startDate", startDate),
				date(errors, "endDate", endDate), date(errors, "renewalDate", renewalDate),
				integer(errors, "noticeDays", noticeDays), integer(errors, "renewalAlertDays", renewalAlertDays),
				currency, decimal(errors, "budget", budget), decimal(errors, "monthlyFee", monthlyFee), rateTerms);
	}

	long versionOr(long fallback) {
		return longOr(version, fallback);
	}

	static long longOr(@Nullable String value, long fallback) {
		try {
			return value == null ? fallback : Long.parseLong(value.strip());
		}
		catch (NumberFormatException e) {
			return fallback;
		}
	}

	private void fill(@Nullable String scope, @Nullable String deliverables, @Nullable BpoFunction function,
			@Nullable LocalDate start, @Nullable LocalDate end, @Nullable LocalDate renewal, @Nullable Integer notice,
			int alert, String currency, @Nullable BigDecimal budget, @Nullable BigDecimal fee, List<Rate> rates) {
		this.scope = text(scope);
		this.deliverablesSummary = text(deliverables);
		this.bpoFunction = function == null ? "" : function.name();
		this.startDate = text(start);
		this.endDate = text(end);
		this.renewalDate = text(renewal);
		this.noticeDays = text(notice);
		this.renewalAlertDays = Integer.toString(alert);
		this.currency = currency;
		this.budget = budget == null ? "" : budget.toPlainString();
		this.monthlyFee = fee == null ? "" : fee.toPlainString();
		this.rates = new ArrayList<>();
		for (Rate rate : rates) {
			RateForm row = new RateForm();
			row.role = rate.role();
			row.dayRate = rate.dayRate().toPlainString();
			this.rates.add(row);
		}
	}

	static <E extends Enum<E>> @Nullable E choice(List<Problem.FieldError> errors, String field, Class<E> type,
			String value) {
		if (value.isEmpty()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			errors.add(new Problem.FieldError(field, "choice", "is not one of the choices offered"));
			return null;
		}
	}

	static @Nullable UUID uuid(List<Problem.FieldError> errors, String field, String value) {
		if (value.isEmpty()) {
			return null;
		}
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException unknown) {
			errors.add(new Problem.FieldError(field, "unknown-organization", "is not a known organization"));
			return null;
		}
	}

	static @Nullable LocalDate date(List<Problem.FieldError> errors, String field, String value) {
		if (value.isEmpty()) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException e) {
			errors.add(new Problem.FieldError(field, "date", "must be a date YYYY-MM-DD"));
			return null;
		}
	}

	static @Nullable Integer integer(List<Problem.FieldError> errors, String field, String value) {
		if (value.isEmpty()) {
			return null;
		}
		try {
			return Integer.valueOf(value);
		}
		catch (NumberFormatException e) {
			errors.add(new Problem.FieldError(field, "number", "must be a whole number"));
			return null;
		}
	}

	static @Nullable BigDecimal decimal(List<Problem.FieldError> errors, String field, String value) {
		if (value.isEmpty()) {
			return null;
		}
		try {
			return new BigDecimal(value.replace(',', '.').replace(" ", "").replace("\u00a0", ""));
		}
		catch (NumberFormatException e) {
			errors.add(new Problem.FieldError(field, "number", "must be a number, e.g. 1250.50"));
			return null;
		}
	}

	static String text(@Nullable Object value) {
		return value == null ? "" : value.toString().strip();
	}
}
