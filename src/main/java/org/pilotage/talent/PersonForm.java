package org.pilotage.talent;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.shared.Problem;

/**
 * The profile form of the people pages, bound as text so that a letter in the rate becomes a message next to
 * the field. Lists are typed comma-separated (certifications one per line); field names are the API's, so the
 * API's field errors land next to the right input.
 */
public class PersonForm {

	private String organizationId = "";
	private String userId = "";
	private String displayName = "";
	private String email = "";
	private String seniority = "CONFIRMED";
	private String dayRate = "";
	private String currency = "EUR";
	private String zone = "";
	private String workStart = "09:00";
	private String workEnd = "18:00";
	private String languages = "";
	private String certifications = "";
	private String skills = "";
	private String tags = "";
	private boolean listed = true;

	static PersonForm of(Person person) {
		PersonForm form = new PersonForm();
		form.organizationId = person.organizationId().toString();
		form.userId = person.userId() == null ? "" : person.userId().toString();
		form.displayName = person.displayName();
		form.email = person.email();
		form.seniority = person.seniority().name();
		form.dayRate = person.dayRate().stripTrailingZeros().toPlainString();
		form.currency = person.currency();
		form.zone = person.zone();
		form.workStart = person.workStart().toString();
		form.workEnd = person.workEnd().toString();
		form.languages = String.join(", ", person.languages());
		form.certifications = String.join("\n", person.certifications());
		form.skills = String.join(", ", person.skills());
		form.tags = String.join(", ", person.tags());
		form.listed = person.listed();
		return form;
	}

	/** The API request this form stands for; values that are not even text of the right kind go to {@code errors}. */
	PersonRequest toRequest(List<Problem.FieldError> errors) {
		BigDecimal rate = null;
		if (!dayRate.isBlank()) {
			try {
				rate = new BigDecimal(dayRate.strip().replace(',', '.'));
			}
			catch (NumberFormatException e) {
				errors.add(new Problem.FieldError("dayRate", "not-a-number", "is not a number"));
			}
		}
		return new PersonRequest(uuid("organizationId", organizationId, errors), uuid("userId", userId, errors),
				displayName, email, seniority, rate, currency, zone, workStart, workEnd, split(languages, ","),
				split(certifications, "\n"), split(skills, ","), split(tags, ","), listed, null);
	}

	/** The entry of a list field an error points at ({@code skills[2]}), to quote it in the message. */
	@Nullable String entry(String field) {
		return FieldMessages.entries(Map.of("languages", split(languages, ","), "certifications",
				split(certifications, "\n"), "skills", split(skills, ","), "tags", split(tags, ","))).apply(field);
	}

	static List<String> split(String text, String separator) {
		List<String> parts = new ArrayList<>();
		Arrays.stream(text.split(separator)).map(String::strip).filter(part -> !part.isEmpty()).forEach(parts::add);
		return parts;
	}

	private static @Nullable UUID uuid(String field, String text, List<Problem.FieldError> errors) {
		if (text.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException e) {
			errors.add(new Problem.FieldError(field, "invalid", "is not an id"));
			return null;
		}
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

	public String getOrganizationId() { return organizationId; }
	public void setOrganizationId(@Nullable String value) { organizationId = text(value); }
	public String getUserId() { return userId; }
	public void setUserId(@Nullable String value) { userId = text(value); }
	public String getDisplayName() { return displayName; }
	public void setDisplayName(@Nullable String value) { displayName = text(value); }
	public String getEmail() { return email; }
	public void setEmail(@Nullable String value) { email = text(value); }
	public String getSeniority() { return seniority; }
	public void setSeniority(@Nullable String value) { seniority = text(value); }
	public String getDayRate() { return dayRate; }
	public void setDayRate(@Nullable String value) { dayRate = text(value); }
	public String getCurrency() { return currency; }
	public void setCurrency(@Nullable String value) { currency = text(value); }
	public String getZone() { return zone; }
	public void setZone(@Nullable String value) { zone = text(value); }
	public String getWorkStart() { return workStart; }
	public void setWorkStart(@Nullable String value) { workStart = text(value); }
	public String getWorkEnd() { return workEnd; }
	public void setWorkEnd(@Nullable String value) { workEnd = text(value); }
	public String getLanguages() { return languages; }
	public void setLanguages(@Nullable String value) { languages = text(value); }
	public String getCertifications() { return certifications; }
	public void setCertifications(@Nullable String value) { certifications = text(value); }
	public String getSkills() { return skills; }
	public void setSkills(@Nullable String value) { skills = text(value); }
	public String getTags() { return tags; }
	public void setTags(@Nullable String value) { tags = text(value); }
	public boolean isListed() { return listed; }
	public void setListed(boolean value) { listed = value; }
}
