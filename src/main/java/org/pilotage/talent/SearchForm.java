package org.pilotage.talent;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pilotage.shared.Problem;

/**
 * The talent search page's form, read from the address so that a search can be bookmarked and shared. Skill
 * and language lists are comma-separated; the client's hours are three fields, prefilled from a client's party
 * profile on request.
 */
public class SearchForm {

	private String mustHave = "";
	private String niceToHave = "";
	private String minimumSeniority = "";
	private String maximumDayRate = "";
	private String maximumRateCurrency = "EUR";
	private String from = "";
	private String to = "";
	private String allocationPercent = "100";
	private String client = "";
	private String clientZone = "Europe/Paris";
	private String clientStart = "09:00";
	private String clientEnd = "18:00";
	private String minimumOverlapHours = "";
	private String languages = "";
	private boolean includeIneligible;

	SearchRequest toRequest(List<Problem.FieldError> errors) {
		return new SearchRequest(PersonForm.split(mustHave, ","), PersonForm.split(niceToHave, ","),
				minimumSeniority.isBlank() ? null : minimumSeniority,
				number("maximumDayRate", maximumDayRate, errors),
				maximumDayRate.isBlank() ? null : maximumRateCurrency, from, to,
				allocationPercent.isBlank() ? null : integer(errors),
				new SearchRequest.ClientHours(clientZone, clientStart, clientEnd),
				number("minimumOverlapHours", minimumOverlapHours, errors), PersonForm.split(languages, ","),
				includeIneligible);
	}

	private @Nullable Integer integer(List<Problem.FieldError> errors) {
		try {
			return Integer.valueOf(allocationPercent.strip());
		}
		catch (NumberFormatException e) {
			errors.add(new Problem.FieldError("allocationPercent", "not-a-number", "is not a number"));
			return null;
		}
	}

	private static @Nullable BigDecimal number(String field, String text, List<Problem.FieldError> errors) {
		if (text.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(text.strip().replace(',', '.'));
		}
		catch (NumberFormatException e) {
			errors.add(new Problem.FieldError(field, "not-a-number", "is not a number"));
			return null;
		}
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

	public String getMustHave() { return mustHave; }
	public void setMustHave(@Nullable String value) { mustHave = text(value); }
	public String getNiceToHave() { return niceToHave; }
	public void setNiceToHave(@Nullable String value) { niceToHave = text(value); }
	public String getMinimumSeniority() { return minimumSeniority; }
	public void setMinimumSeniority(@Nullable String value) { minimumSeniority = text(value); }
	public String getMaximumDayRate() { return maximumDayRate; }
	public void setMaximumDayRate(@Nullable String value) { maximumDayRate = text(value); }
	public String getMaximumRateCurrency() { return maximumRateCurrency; }
	public void setMaximumRateCurrency(@Nullable String value) { maximumRateCurrency = text(value); }
	public String getFrom() { return from; }
	public void setFrom(@Nullable String value) { from = text(value); }
	public String getTo() { return to; }
	public void setTo(@Nullable String value) { to = text(value); }
	public String getAllocationPercent() { return allocationPercent; }
	public void setAllocationPercent(@Nullable String value) { allocationPercent = text(value); }
	public String getClient() { return client; }
	public void setClient(@Nullable String value) { client = text(value); }
	public String getClientZone() { return clientZone; }
	public void setClientZone(@Nullable String value) { clientZone = text(value); }
	public String getClientStart() { return clientStart; }
	public void setClientStart(@Nullable String value) { clientStart = text(value); }
	public String getClientEnd() { return clientEnd; }
	public void setClientEnd(@Nullable String value) { clientEnd = text(value); }
	public String getMinimumOverlapHours() { return minimumOverlapHours; }
	public void setMinimumOverlapHours(@Nullable String value) { minimumOverlapHours = text(value); }
	public String getLanguages() { return languages; }
	public void setLanguages(@Nullable String value) { languages = text(value); }
	public boolean isIncludeIneligible() { return includeIneligible; }
	public void setIncludeIneligible(boolean value) { includeIneligible = value; }
}
