package org.pilotage.governance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.engagement.Audience;
import org.pilotage.engagement.ClientEngagementView;
import org.pilotage.engagement.EngagementAccess;
import org.pilotage.engagement.EngagementStatus;
import org.pilotage.engagement.EngagementView;
import org.pilotage.engagement.Engagements;
import org.pilotage.engagement.ProviderEngagementView;
import org.pilotage.governance.CreditContract.Band;
import org.pilotage.governance.CreditContract.Direction;
import org.pilotage.governance.CreditContract.ServiceLevel;
import org.pilotage.governance.CreditContractStore.Issued;
import org.pilotage.governance.CreditContractStore.Version;
import org.pilotage.governance.ServiceCredits.FieldProblem;
import org.pilotage.identity.Caller;
import org.pilotage.identity.Role;
import org.pilotage.shared.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An engagement's service-credit contract, its versions, and its monthly statements.
 *
 * <p>
 * Writing the contract adds a version; promoting a reported KPI to a critical level is such a write. The statement of
 * the current month (in the engagement's zone) is computed on each read from the current version and the month's
 * measures so far, and is provisional. The statement of a closed month is issued the first time it is read: computed
 * then from the current version and the month's measures, and kept as it is, so that a later version of the contract
 * or an event recorded late never changes a statement a party may have filed with an invoice.
 *
 * <p>
 * Both parties read the contract and the statements: the provider's side (its members, auditors attached to it) and
 * the client's (its members, auditors attached to it). A freelancer staffed on the engagement reads neither, as if
 * there were none: the money between the client and the agency is not its business. The parties' administrators
 * write the contract (a client's administrator, a provider's manager, a freelancer that is itself the provider), as
 * they write the engagement's terms; the platform's administrators and the auditors only read.
 */
@Service
class CreditContracts {

	/** The longest note of a version. */
	static final int MAX_NOTE = 500;

	/** The most months a month picker lists: ten years. */
	static final int MAX_MONTHS = 120;

	/** A contract as written over the API: every field optional, the checks name each one that is missing or bad. */
	record Request(@Nullable String currency, @Nullable BigDecimal monthlyFee, @Nullable BigDecimal atRiskShare,
			@Nullable BigDecimal allocationTotal, @Nullable List<LevelRequest> levels, @Nullable List<String> reported,
			@Nullable List<BandRequest> bands, @Nullable String note) {
	}

	/** A critical level as written; the direction defaults to the KPI's and, given, must be the KPI's. */
	record LevelRequest(@Nullable String kpi, @Nullable String direction, @Nullable BigDecimal target,
			@Nullable BigDecimal minimum, @Nullable BigDecimal allocation) {
	}

	/** A band as written; the default bands apply when a contract names none. */
	record BandRequest(@Nullable String name, @Nullable BigDecimal upTo, @Nullable BigDecimal factor) {
	}

	/**
	 * The current version of a contract, the numbers of all its versions, and whether the caller may write it.
	 *
	 * @param cap {@code F × A}, the most a month can credit, rounded half up to the currency's minor unit
	 */
	record ContractView(UUID engagementId, int version, List<Integer> versions, String currency,
			BigDecimal monthlyFee, BigDecimal atRiskShare, BigDecimal allocationTotal, BigDecimal cap,
			List<ServiceLevel> levels, List<String> reported, List<Band> bands, @Nullable String note,
			Instant writtenAt, String writtenBy, boolean editable) {

		static ContractView of(Version version, List<Integer> versions, boolean editable) {
			CreditContract contract = version.contract();
			return new ContractView(version.engagementId(), version.version(), versions, contract.currency(),
					contract.monthlyFee(), contract.atRiskShare(), contract.allocationTotal(),
					ServiceCredits.cap(contract), contract.levels(), contract.reported(), contract.bands(),
					version.note(), version.writtenAt(), version.writtenBy(), editable);
		}
	}

	/**
	 * A month's statement as a party reads it.
	 *
	 * @param provisional whether the month is still running: the statement is computed anew on each read
	 * @param issuedAt when the statement of a closed month was issued and kept; null while provisional
	 * @param contractVersion the contract version the statement was computed under
	 */
	record Statement(UUID engagementId, boolean provisional, @Nullable Instant issuedAt, int contractVersion,
			CreditStatement statement) {
	}

	/**
	 * The engagement's terms a contract starts from: when the engagement started (its start date, or when it was made
	 * without one), its currency and its monthly fee, which a first contract takes as its own by default.
	 */
	record EngagementFacts(@Nullable LocalDate startDate, Instant createdAt, String currency,
			@Nullable BigDecimal monthlyFee) {
	}

	/** Limits of the figures a contract may hold: digits before and after the point, as the tables keep them. */
	private record Digits(int whole, int decimals) {
	}

	private static final Digits MONEY = new Digits(15, 4);
	private static final Digits PERCENT = new Digits(5, 4);
	private static final Digits MEASURE = new Digits(18, 6);
	private static final Digits POSITION = new Digits(6, 6);
	private static final Digits FACTOR = new Digits(1, 6);

	private final CreditContractStore store;
	private final CreditMeasures measures;
	private final Engagements engagements;
	private final Clock clock;

	CreditContracts(CreditContractStore store, CreditMeasures measures, Engagements engagements, Clock clock) {
		this.store = store;
		this.measures = measures;
		this.engagements = engagements;
		this.clock = clock;
	}

	/** The contract's current version. @throws Problem 404 when the engagement has none, or the caller reads none */
	@Transactional(readOnly = true)
	public ContractView get(Caller caller, UUID engagementId) {
		EngagementAccess access = readable(caller, engagementId);
		return find(caller, access).orElseThrow(CreditContracts::noContract);
	}

	/** The contract's current version, if the engagement has one; for the page, which offers to write the first. */
	@Transactional(readOnly = true)
	public Optional<ContractView> find(Caller caller, UUID engagementId) {
		return find(caller, readable(caller, engagementId));
	}

	private Optional<ContractView> find(Caller caller, EngagementAccess access) {
		return store.currentVersion(access.engagementId())
			.filter(version -> version > 0)
			.map(version -> ContractView.of(store.version(access.engagementId(), version),
					store.versionNumbers(access.engagementId()), mayWrite(caller, access)));
	}

	/** Whether the caller reads the engagement's contract and may write it. @throws Problem 404 as for a read */
	@Transactional(readOnly = true)
	public boolean mayWrite(Caller caller, UUID engagementId) {
		return mayWrite(caller, readable(caller, engagementId));
	}

	/**
	 * Writes a new version of the contract.
	 *
	 * @param expectedVersion the version the caller read (an If-Match); null only for the first version
	 * @throws Problem 400 naming every bad field, 403 for a reader, 409 on a closed engagement, 412 when another
	 *     version was written since the one read, 428 without the version read once there is a contract
	 */
	@Transactional
	public ContractView write(Caller caller, UUID engagementId, @Nullable Long expectedVersion, Request request) {
		EngagementAccess access = readable(caller, engagementId);
		if (!mayWrite(caller, access)) {
			throw Problem.forbidden("Only the parties' administrators write the service-credit contract");
		}
		if (access.status() == EngagementStatus.CLOSED) {
			throw Problem.conflict("engagement-closed", "A closed engagement's contract no longer changes");
		}
		CreditContract contract = contract(request);
		Version written = record(engagementId, contract, blankToNull(request.note()), expectedVersion,
				caller.userId(), caller.email());
		return ContractView.of(written, store.versionNumbers(engagementId), true);
	}

	/**
	 * Writes a valid contract as a new version, numbered under the contract's lock: the demo data's way in, and the
	 * last step of {@link #write}.
	 */
	Version record(UUID engagementId, CreditContract contract, @Nullable String note, @Nullable Long expectedVersion,
			@Nullable UUID writtenBy, String writtenByLabel) {
		Instant now = clock.instant();
		int current = store.lockCurrentVersion(engagementId, now);
		if (expectedVersion == null && current > 0) {
			throw new Problem(HttpStatus.PRECONDITION_REQUIRED, "if-match-required",
					"Send the version you read in an If-Match header, so that concurrent changes are not lost");
		}
		if (expectedVersion != null && expectedVersion != current) {
			throw Problem.staleVersion();
		}
		Version version = new Version(engagementId, current + 1, contract, note, now, writtenByLabel);
		store.insert(version, writtenBy);
		return version;
	}

	/**
	 * The month's statement: computed now and provisional for the current month, issued once and kept for a closed
	 * one.
	 *
	 * @throws Problem 404 when the engagement has no contract, or the month is before the engagement's start or has
	 *     not begun
	 */
	@Transactional
	public Statement statement(Caller caller, UUID engagementId, YearMonth month) {
		readable(caller, engagementId);
		int current = store.currentVersion(engagementId).filter(version -> version > 0)
			.orElseThrow(CreditContracts::noContract);
		ZoneId zone = measures.zoneOf(engagementId);
		YearMonth now = YearMonth.now(clock.withZone(zone));
		YearMonth first = firstMonth(caller, engagementId, zone);
		if (month.isAfter(now) || month.isBefore(first)) {
			throw new Problem(HttpStatus.NOT_FOUND, "no-statement", "No statement for " + month
					+ ": the engagement's statements run from " + first + " to the current month, " + now);
		}
		return statement(engagementId, current, month, now);
	}

	/**
	 * The month's statement for a weekly report, as {@link #statement} gives it to a party (issued for a closed month);
	 * empty when the engagement has no contract or the month has no statement. Without a caller: the report's
	 * readers are the parties, who read the statements.
	 */
	@Transactional
	Optional<Statement> forReport(UUID engagementId, YearMonth month) {
		Optional<Integer> current = store.currentVersion(engagementId).filter(version -> version > 0);
		if (current.isEmpty()) {
			return Optional.empty();
		}
		ZoneId zone = measures.zoneOf(engagementId);
		YearMonth now = YearMonth.now(clock.withZone(zone));
		if (month.isAfter(now) || month.isBefore(firstMonth(Caller.platform(), engagementId, zone))) {
			return Optional.empty();
		}
		return Optional.of(statement(engagementId, current.get(), month, now));
	}

	private Statement statement(UUID engagementId, int current, YearMonth month, YearMonth now) {
		if (month.equals(now)) {
			return new Statement(engagementId, true, null, current, compute(engagementId, current, month));
		}
		Issued issued = store.issued(engagementId, month)
			.orElseGet(() -> store.issue(engagementId,
					new Issued(compute(engagementId, current, month), current, clock.instant())));
		return new Statement(engagementId, false, issued.issuedAt(), issued.contractVersion(), issued.statement());
	}

	/**
	 * The months a party may ask a statement for, the latest first: from the engagement's start to now, the last
	 * {@link #MAX_MONTHS} at most (what a month picker lists; an earlier month's statement is still there to ask for).
	 */
	@Transactional(readOnly = true)
	public List<YearMonth> months(Caller caller, UUID engagementId) {
		readable(caller, engagementId);
		ZoneId zone = measures.zoneOf(engagementId);
		YearMonth now = YearMonth.now(clock.withZone(zone));
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth month = now, first = firstMonth(caller, engagementId, zone); !month.isBefore(first)
				&& months.size() < MAX_MONTHS; month = month.minusMonths(1)) {
			months.add(month);
		}
		return months;
	}

	private CreditStatement compute(UUID engagementId, int version, YearMonth month) {
		return ServiceCredits.statement(store.version(engagementId, version).contract(), month,
				measures.measures(engagementId, month));
	}

	/**
	 * The month the engagement started: its start date's, or without one the month it was made in; never after the
	 * current month, so an engagement signed for later still has this month's provisional statement.
	 */
	private YearMonth firstMonth(Caller caller, UUID engagementId, ZoneId zone) {
		EngagementFacts facts = facts(caller, engagementId);
		LocalDate start = facts.startDate();
		YearMonth first = start != null ? YearMonth.from(start) : YearMonth.from(facts.createdAt().atZone(zone));
		YearMonth now = YearMonth.now(clock.withZone(zone));
		return first.isAfter(now) ? now : first;
	}

	/**
	 * What a contract starts from in the engagement's terms, as a party reads them. @throws Problem 404 for a caller
	 * that does not read the contract
	 */
	@Transactional(readOnly = true)
	public EngagementFacts facts(Caller caller, UUID engagementId) {
		EngagementView view = engagements.get(caller, engagementId);
		if (view instanceof ProviderEngagementView provider) {
			return new EngagementFacts(provider.startDate(), provider.createdAt(), provider.currency(),
					provider.monthlyFee());
		}
		if (view instanceof ClientEngagementView client) {
			return new EngagementFacts(client.startDate(), client.createdAt(), client.currency(), client.monthlyFee());
		}
		throw Problem.notFound("Engagement");
	}

	/** The engagement, if the caller reads its contract. @throws Problem 404 alike for the hidden and the freelancer */
	private EngagementAccess readable(Caller caller, UUID engagementId) {
		EngagementAccess access = engagements.access(caller, engagementId);
		if (access.audience() == Audience.FREELANCER) {
			throw Problem.notFound("Engagement");
		}
		return access;
	}

	static boolean mayWrite(Caller caller, EngagementAccess access) {
		return caller.hasRole(access.clientOrgId(), Role.CLIENT_ADMIN)
				|| caller.hasRole(access.providerOrgId(), Role.PROVIDER_MANAGER)
				|| caller.hasRole(access.providerOrgId(), Role.FREELANCER);
	}

	private static Problem noContract() {
		return new Problem(HttpStatus.NOT_FOUND, "no-credit-contract", "The engagement has no service-credit contract");
	}

	/**
	 * The contract a request describes. @throws Problem 400 with every bad field at once: the request's own (a KPI
	 * outside the catalogue, a direction against the KPI's, a figure past what the tables keep) and the contract's
	 * ({@link ServiceCredits#problems}), one problem per field
	 */
	static CreditContract contract(Request request) {
		Map<String, FieldProblem> problems = new LinkedHashMap<>();
		Set<String> settled = new HashSet<>();
		List<ServiceLevel> levels = new ArrayList<>();
		List<LevelRequest> levelRequests = request.levels() == null ? List.of() : request.levels();
		for (int i = 0; i < levelRequests.size(); i++) {
			levels.add(level(levelRequests.get(i), "levels[" + i + "]", problems, settled));
		}
		List<String> reported = request.reported() == null ? List.of() : request.reported();
		for (int i = 0; i < reported.size(); i++) {
			String code = reported.get(i);
			if (code != null && !code.isBlank()) {
				catalogued("reported[" + i + "]", code, problems);
			}
		}
		List<Band> bands = CreditContract.DEFAULT_BANDS;
		if (request.bands() != null) {
			bands = new ArrayList<>();
			for (int i = 0; i < request.bands().size(); i++) {
				BandRequest band = request.bands().get(i);
				String field = "bands[" + i + "]";
				if (band == null) {
					bands.add(null);
					continue;
				}
				fits(band.upTo(), POSITION, field + ".upTo", problems);
				fits(band.factor(), FACTOR, field + ".factor", problems);
				if (band.name() != null && band.name().length() > 64) {
					problems.put(field + ".name", new FieldProblem(field + ".name", "size",
							"a band's name is 64 characters at most"));
				}
				bands.add(new Band(band.name(), band.upTo(), band.factor()));
			}
		}
		fits(request.monthlyFee(), MONEY, "monthlyFee", problems);
		fits(request.atRiskShare(), PERCENT, "atRiskShare", problems);
		fits(request.allocationTotal(), PERCENT, "allocationTotal", problems);
		if (request.note() != null && request.note().length() > MAX_NOTE) {
			problems.put("note", new FieldProblem("note", "size", "the note is " + MAX_NOTE + " characters at most"));
		}
		CreditContract contract = new CreditContract(request.currency(), request.monthlyFee(), request.atRiskShare(),
				request.allocationTotal() == null ? CreditContract.FULL_POOL : request.allocationTotal(), levels,
				reported, bands);
		for (FieldProblem problem : ServiceCredits.problems(contract)) {
			if (!settled.contains(problem.field())) {
				problems.putIfAbsent(problem.field(), problem);
			}
		}
		if (!problems.isEmpty()) {
			throw new Problem(HttpStatus.BAD_REQUEST, "invalid-input",
					"The service-credit contract has invalid fields",
					problems.values().stream()
						.map(problem -> new Problem.FieldError(problem.field(), problem.code(), problem.message()))
						.toList());
		}
		return contract;
	}

	/** A level as written, its direction taken from the catalogue when it is left out. */
	private static @Nullable ServiceLevel level(@Nullable LevelRequest request, String field,
			Map<String, FieldProblem> problems, Set<String> settled) {
		if (request == null) {
			return null;
		}
		Optional<Kpi> kpi = request.kpi() == null || request.kpi().isBlank() ? Optional.empty()
				: catalogued(field + ".kpi", request.kpi(), problems);
		Direction direction = null;
		if (request.direction() != null && !request.direction().isBlank()) {
			try {
				direction = Direction.valueOf(request.direction().trim().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException unknown) {
				problems.put(field + ".direction", new FieldProblem(field + ".direction", "unknown",
						"unknown direction '" + request.direction() + "': one of " + Arrays.toString(Direction.values())));
			}
			if (direction != null && kpi.isPresent() && !direction.name().equals(kpi.get().direction().name())) {
				problems.put(field + ".direction", new FieldProblem(field + ".direction", "direction-mismatch",
						"the KPI " + kpi.get().code() + " is " + kpi.get().direction() + ": a level cannot say otherwise"));
				// the target and the minimum are not checked against a direction that is wrong
				direction = null;
			}
		}
		else if (kpi.isPresent()) {
			direction = Direction.valueOf(kpi.get().direction().name());
		}
		else {
			// no KPI to take the direction from: the KPI's own problem says what to fix
			settled.add(field + ".direction");
		}
		fits(request.target(), MEASURE, field + ".target", problems);
		fits(request.minimum(), MEASURE, field + ".minimum", problems);
		fits(request.allocation(), PERCENT, field + ".allocation", problems);
		return new ServiceLevel(request.kpi(), direction, request.target(), request.minimum(), request.allocation());
	}

	/** The KPI of the catalogue with this code, if there is one. */
	static Optional<Kpi> kpi(String code) {
		return Arrays.stream(Kpi.values()).filter(kpi -> kpi.code().equals(code)).findFirst();
	}

	/**
	 * The KPIs a contract may name: every one of the catalogue but the OLA's compliance, which measures the agency's
	 * agreement with its freelancers, the provider's business that the client never reads.
	 */
	static List<Kpi> contractual() {
		return Arrays.stream(Kpi.values()).filter(kpi -> kpi != Kpi.OLA_COMPLIANCE).toList();
	}

	/** The KPI a contract names by its code, if it is one it may name; the problem with the code otherwise. */
	private static Optional<Kpi> catalogued(String field, String code, Map<String, FieldProblem> problems) {
		Optional<Kpi> kpi = kpi(code);
		if (kpi.isEmpty()) {
			problems.put(field, new FieldProblem(field, "unknown-kpi",
					"no KPI of the catalogue has the code '" + code + "' (sla-compliance, mttr-business, csat…)"));
		}
		else if (!contractual().contains(kpi.get())) {
			problems.put(field, new FieldProblem(field, "provider-only",
					"the " + code + " KPI measures the provider's own agreement with its freelancers, not the contract"));
			return Optional.empty();
		}
		return kpi;
	}

	/** Whether the figure fits the digits its column keeps; a figure too precise would be rounded, silently. */
	private static void fits(@Nullable BigDecimal value, Digits digits, String field, Map<String, FieldProblem> problems) {
		if (value == null) {
			return;
		}
		BigDecimal plain = value.stripTrailingZeros();
		if (plain.precision() - plain.scale() > digits.whole()) {
			problems.put(field, new FieldProblem(field, "too-large",
					"at most " + digits.whole() + " digits before the decimal point"));
		}
		else if (plain.scale() > digits.decimals()) {
			problems.put(field, new FieldProblem(field, "too-precise",
					"at most " + digits.decimals() + " decimals"));
		}
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}
}
