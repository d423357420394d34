package org.pilotage.engagement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.pilotage.identity.OrganizationKind;
import org.pilotage.identity.OrganizationManagement.OrganizationSummary;
import org.pilotage.shared.Dates;
import org.pilotage.shared.Problem;
import org.springframework.http.HttpStatus;

/**
 * Checks terms and collects every bad field at once, so the API answers one 400 naming all of them and the
 * pages show each message next to its field. A draft may still miss the terms its kind needs (it is being
 * negotiated); an active or suspended engagement may not, and activating a draft checks them
 * ({@link #missing}).
 */
final class TermsValidation {

	static final int MAX_TITLE = 200;
	static final int MAX_TEXT = 4000;
	static final int MAX_RATES = 50;
	static final int MAX_ROLE = 100;
	static final int MAX_DAYS = 3650;
	static final int DEFAULT_ALERT_DAYS = 30;
	static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");
	static final BigDecimal MAX_DAY_RATE = new BigDecimal("1000000");
	private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

	private final List<Problem.FieldError> errors = new ArrayList<>();

	private TermsValidation() {
	}

	/**
	 * The stored form of {@code request}. For an existing engagement the kind and parties cannot change (they
	 * may be left out), and outside a draft the kind's terms must stay complete.
	 * @throws Problem 400 listing every bad field
	 */
	static Terms check(EngagementTerms request, Function<UUID, Optional<OrganizationSummary>> organizations,
			@Nullable Engagement current) {
		TermsValidation validation = new TermsValidation();
		Terms terms = validation.validate(request, organizations, current);
		if (terms != null && current != null && current.status() != EngagementStatus.DRAFT) {
			missing(terms).forEach(field -> validation.error(field, "required-for-kind",
					"is required for a " + terms.kind() + " engagement that is no longer a draft"));
		}
		if (!validation.errors.isEmpty() || terms == null) {
			throw new Problem(HttpStatus.BAD_REQUEST, "invalid-input", "The engagement has invalid fields",
					validation.errors);
		}
		return terms;
	}

	/** The terms a {@code kind} needs before the engagement can run, by field name, in form order. */
	static List<String> missing(Terms terms) {
		List<String> missing = new ArrayList<>();
		if (terms.kind().hasFunction() && terms.bpoFunction() == null) {
			missing.add("bpoFunction");
		}
		if (terms.startDate() == null) {
			missing.add("startDate");
		}
		if (terms.kind().hasMission() && terms.endDate() == null) {
			missing.add("endDate");
		}
		if (terms.kind().hasFunction() && terms.renewalDate() == null) {
			missing.add("renewalDate");
		}
		if (terms.kind().hasFunction() && terms.noticeDays() == null) {
			missing.add("noticeDays");
		}
		if (terms.kind().hasMission() && terms.budget() == null) {
			missing.add("budget");
		}
		if (terms.kind().hasFunction() && terms.monthlyFee() == null) {
			missing.add("monthlyFee");
		}
		return missing;
	}

	private @Nullable Terms validate(EngagementTerms request, Function<UUID, Optional<OrganizationSummary>> organizations,
			@Nullable Engagement current) {
		EngagementKind kind = request.kind();
		UUID client = request.clientOrganizationId();
		UUID provider = request.providerOrganizationId();
		if (current != null) {
			kind = unchanged("kind", kind, current.terms().kind());
			client = unchanged("clientOrganizationId", client, current.terms().clientOrgId());
			provider = unchanged("providerOrganizationId", provider, current.terms().providerOrgId());
		}
		else {
			if (kind == null) {
				error("kind", "required", "is required: SUBCONTRACTING, BPO or HYBRID");
			}
			party("clientOrganizationId", client, organizations, Set.of(OrganizationKind.CLIENT),
					"must be a client organization");
			party("providerOrganizationId", provider, organizations,
					Set.of(OrganizationKind.PROVIDER, OrganizationKind.FREELANCER),
					"must be a provider agency or a freelancer's organization");
			if (client != null && client.equals(provider)) {
				error("providerOrganizationId", "same-party", "must not be the client itself");
			}
		}
		String title = text("title", request.title(), MAX_TITLE, true);
		String scope = text("scope", request.scope(), MAX_TEXT, false);
		String deliverables = text("deliverablesSummary", request.deliverablesSummary(), MAX_TEXT, false);
		if (kind == EngagementKind.SUBCONTRACTING && request.bpoFunction() != null) {
			error("bpoFunction", "not-applicable", "applies to BPO and HYBRID engagements only");
		}
		LocalDate start = date("startDate", request.startDate());
		LocalDate end = date("endDate", request.endDate());
		LocalDate renewal = date("renewalDate", request.renewalDate());
		if (kind == EngagementKind.BPO && end != null) {
			error("endDate", "not-applicable", "a BPO engagement runs until notice: give a renewal date instead");
		}
		if (start != null && end != null && end.isBefore(start)) {
			error("endDate", "before-start", "must not be before the start date");
		}
		if (start != null && renewal != null && !renewal.isAfter(start)) {
			error("renewalDate", "before-start", "must be after the start date");
		}
		Integer notice = days("noticeDays", request.noticeDays());
		Integer alert = days("renewalAlertDays", request.renewalAlertDays());
		String currency = currency(request.currency());
		BigDecimal budget = amount("budget", request.budget(), MAX_AMOUNT);
		BigDecimal fee = amount("monthlyFee", request.monthlyFee(), MAX_AMOUNT);
		List<Rate> rates = rates(request.rates());
		if (kind == null || client == null || provider == null || title == null || currency == null) {
			return null;
		}
		return new Terms(kind, client, provider, title, scope, deliverables, request.bpoFunction(), start, end,
				renewal, notice, alert == null ? DEFAULT_ALERT_DAYS : alert, currency, budget, fee, rates);
	}

	private <T> T unchanged(String field, @Nullable T requested, T stored) {
		if (requested != null && !requested.equals(stored)) {
			error(field, "immutable", "cannot be changed once the engagement exists");
		}
		return stored;
	}

	private void party(String field, @Nullable UUID id, Function<UUID, Optional<OrganizationSummary>> organizations,
			Set<OrganizationKind> kinds, String message) {
		if (id == null) {
			error(field, "required", "is required");
			return;
		}
		Optional<OrganizationSummary> organization = organizations.apply(id);
		if (organization.isEmpty()) {
			error(field, "unknown-organization", "is not a known organization");
		}
		else if (!kinds.contains(organization.get().kind())) {
			error(field, "wrong-party-kind", message);
		}
	}

	private @Nullable String text(String field, @Nullable String value, int max, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				error(field, "required", "is required");
			}
			return null;
		}
		String stripped = value.strip();
		if (stripped.length() > max) {
			error(field, "too-long", "must have at most " + max + " characters");
			return null;
		}
		return stripped;
	}

	private @Nullable LocalDate date(String field, @Nullable LocalDate value) {
		if (value != null && !Dates.within(value)) {
			error(field, "out-of-range", Dates.OUT_OF_RANGE);
			return null;
		}
		return value;
	}

	private @Nullable Integer days(String field, @Nullable Integer value) {
		if (value != null && (value < 0 || value > MAX_DAYS)) {
			error(field, "out-of-range", "must be between 0 and " + MAX_DAYS + " days");
			return null;
		}
		return value;
	}

	private @Nullable String currency(@Nullable String value) {
		if (value == null || value.isBlank()) {
			error("currency", "required", "is required: an ISO 4217 code such as EUR");
			return null;
		}
		String code = value.strip().toUpperCase(Locale.ROOT);
		try {
			if (CURRENCY.matcher(code).matches()) {
				return Currency.getInstance(code).getCurrencyCode();
			}
		}
		catch (IllegalArgumentException unknown) {
			// reported below
		}
		error("currency", "currency", "must be an ISO 4217 currency code such as EUR");
		return null;
	}

	private @Nullable BigDecimal amount(String field, @Nullable BigDecimal value, BigDecimal max) {
		if (value == null) {
			return null;
		}
		if (value.signum() <= 0 || value.compareTo(max) > 0) {
			error(field, "out-of-range", "must be positive and at most " + max.toPlainString());
			return null;
		}
		if (value.stripTrailingZeros().scale() > 2) {
			error(field, "scale", "must have at most two decimals");
			return null;
		}
		return value.setScale(2);
	}

	private List<Rate> rates(@Nullable List<EngagementTerms.@Nullable RateTerms> rates) {
		if (rates == null || rates.isEmpty()) {
			return List.of();
		}
		if (rates.size() > MAX_RATES) {
			error("rates", "too-many-rows", "at most " + MAX_RATES + " day rates");
			return List.of();
		}
		List<Rate> valid = new ArrayList<>();
		Set<String> roles = new HashSet<>();
		for (int i = 0; i < rates.size(); i++) {
			EngagementTerms.RateTerms rate = rates.get(i);
			String field = "rates[" + i + "]";
			if (rate == null) {
				error(field, "required", "a day rate cannot be empty");
				continue;
			}
			String role = text(field + ".role", rate.role(), MAX_ROLE, true);
			if (role != null && !roles.add(role.toLowerCase(Locale.ROOT))) {
				error(field + ".role", "duplicate", "names a role that already has a day rate");
				role = null;
			}
			BigDecimal dayRate = amount(field + ".dayRate", rate.dayRate(), MAX_DAY_RATE);
			if (rate.dayRate() == null) {
				error(field + ".dayRate", "required", "is required");
			}
			if (role != null && dayRate != null) {
				valid.add(new Rate(role, dayRate));
			}
		}
		return valid;
	}

	private void error(String field, String code, String message) {
		errors.add(new Problem.FieldError(field, code, message));
	}
}
