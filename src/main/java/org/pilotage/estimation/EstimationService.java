package org.pilotage.estimation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.pilotage.estimation.model.CostComponent;
import org.pilotage.estimation.model.DeliveryModel;
import org.pilotage.estimation.model.Estimate;
import org.pilotage.estimation.model.Estimator;
import org.pilotage.estimation.model.ModelEstimate;
import org.pilotage.estimation.model.Parameters;
import org.pilotage.estimation.model.Place;
import org.pilotage.estimation.model.RowResult;
import org.pilotage.estimation.model.Scenario;
import org.pilotage.estimation.model.TeamRow;
import org.pilotage.estimation.model.WorkingHours;
import org.pilotage.estimation.reference.CurrencyRate;
import org.pilotage.estimation.reference.Location;
import org.pilotage.estimation.reference.ReferenceData;
import org.pilotage.estimation.reference.ReferenceSnapshot;
import org.pilotage.estimation.reference.ResolvedFigure;
import org.pilotage.shared.Problem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.http.HttpStatus;

import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a request into an estimate: checks it against the current reference data, resolves every figure of
 * every row to EUR (reference figure, derived figure, or the visitor's override), runs the cost model and its
 * Monte Carlo, converts the answer to the requested currency, and saves it under a new id.
 */
@Service
public class EstimationService {

	static final String DEFAULT_CURRENCY = "EUR";
	static final BigDecimal DEFAULT_OVERLAP = BigDecimal.valueOf(4);
	static final long DEFAULT_SEED = 1L;
	static final int DEFAULT_SAMPLES = 10_000;

	private final ReferenceData reference;
	private final Estimates estimates;
	private final JsonMapper json;
	private final Clock clock;
	private final ApplicationEventPublisher events;
	private final Semaphore running = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));

	private static final Duration WAIT = Duration.ofSeconds(20);

	EstimationService(ReferenceData reference, Estimates estimates, JsonMapper json, Clock clock,
			ApplicationEventPublisher events) {
		this.reference = reference;
		this.estimates = estimates;
		this.json = json;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Computes and saves an estimate. The computation runs outside any transaction (the largest allowed one
	 * takes seconds) and at most one per processor at a time; the single insert that saves it is atomic.
	 * @throws Problem 400 naming every bad field, 503 when every processor is busy for too long
	 */
	public EstimateResult estimate(EstimateRequest request) {
		ReferenceSnapshot snapshot = reference.current();
		EstimateValidation.check(request, snapshot);
		EstimateRequest input = withDefaults(request, snapshot);
		EstimateResult result;
		try {
			if (!running.tryAcquire(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new Problem(HttpStatus.SERVICE_UNAVAILABLE, "busy",
						"Every processor is computing an estimate: retry in a few seconds");
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new Problem(HttpStatus.SERVICE_UNAVAILABLE, "busy", "Interrupted while waiting for a processor");
		}
		try {
			result = compute(UUID.randomUUID(), input, snapshot);
		}
		finally {
			running.release();
		}
		estimates.insert(result.id(), result.createdAt(), result.referenceVersion(), json.writeValueAsString(input),
				json.writeValueAsString(result));
		events.publishEvent(new EstimateSaved(result.id(), result.createdAt(), result.referenceVersion()));
		return result;
	}

	/** A saved estimate, exactly as it was answered. */
	public Optional<EstimateResult> find(UUID id) {
		return estimates.resultJson(id).map(text -> json.readValue(text, EstimateResult.class));
	}

	/** A saved estimate. @throws Problem 404 when there is none with this id */
	public EstimateResult get(UUID id) {
		return find(id).orElseThrow(() -> Problem.notFound("Estimate"));
	}

	/** The saved JSON itself, for the API: byte for byte what was answered at creation. */
	Optional<String> findJson(UUID id) {
		return estimates.resultJson(id);
	}

	private EstimateRequest withDefaults(EstimateRequest request, ReferenceSnapshot snapshot) {
		Location client = snapshot.location(request.clientCountry()).orElseThrow();
		LocalDate start = request.startDate() != null ? request.startDate() : LocalDate.now(clock.withZone(client.zone()));
		Map<String, BigDecimal> parameters = new LinkedHashMap<>();
		if (request.parameters() != null) {
			Parameters.Keys.ALL.stream()
				.filter(request.parameters()::containsKey)
				.forEach(key -> parameters.put(key, request.parameters().get(key)));
		}
		return new EstimateRequest(request.clientCountry(), request.durationMonths(),
				request.currency() != null ? request.currency() : DEFAULT_CURRENCY,
				request.requiredOverlapHours() != null ? request.requiredOverlapHours() : DEFAULT_OVERLAP,
				request.seed() != null ? request.seed() : DEFAULT_SEED,
				request.samples() != null ? request.samples() : DEFAULT_SAMPLES, start, request.team(),
				parameters);
	}

	private EstimateResult compute(UUID id, EstimateRequest input, ReferenceSnapshot snapshot) {
		Map<String, Double> values = snapshot.parameterValues();
		input.parameters().forEach((key, value) -> values.put(key, value.doubleValue()));
		Parameters parameters = Parameters.of(values);
		Location client = snapshot.location(input.clientCountry()).orElseThrow();
		List<TeamRow> rows = new ArrayList<>();
		List<Map<String, EstimateResult.Basis>> bases = new ArrayList<>();
		for (int i = 0; i < input.team().size(); i++) {
			EstimateRequest.Row row = input.team().get(i);
			Map<String, EstimateResult.Basis> basis = new LinkedHashMap<>();
			Location provider = snapshot.location(row.location()).orElseThrow();
			double clientSalary;
			double providerSalary;
			try {
				clientSalary = salary(snapshot, row, client, row.clientSalary(), "clientSalary", basis);
				providerSalary = salary(snapshot, row, provider, row.providerSalary(), "providerSalary", basis);
			}
			catch (IllegalStateException e) {
				// A location created by an administrator before any salary figure was stored for it.
				throw Problem.invalid("team[" + i + "].location", "no-figure",
						"no salary figure is stored for this location or the client's country yet: enter the salaries");
			}
			Place clientPlace = place(client, clientSalary);
			Place providerPlace = place(provider, providerSalary);
			basis.put("clientEmployerCharges", locationBasis(client, "employer charges"));
			basis.put("providerEmployerCharges", locationBasis(provider, "employer charges"));
			basis.put("clientOverhead", locationBasis(client, "overhead"));
			basis.put("providerOverhead", locationBasis(provider, "overhead"));
			double dayRate = dayRate(snapshot, row, providerPlace, parameters, basis);
			rows.add(new TeamRow(row.role(), row.seniority(), row.count(), clientPlace, providerPlace, dayRate));
			bases.add(basis);
		}
		Scenario scenario = new Scenario(rows, input.durationMonths(), input.startDate(), hours(client),
				input.requiredOverlapHours().doubleValue(), input.samples(), input.seed());
		Estimate estimate;
		try {
			estimate = Estimator.estimate(scenario, parameters);
		}
		catch (IllegalArgumentException e) {
			// The model refuses parameter combinations the validation let through (it is the last guard).
			throw Problem.invalid("parameters", "out-of-range", e.getMessage() == null ? "invalid parameters" : e.getMessage());
		}

		CurrencyRate rate = snapshot.rate(input.currency()).orElseThrow();
		Money money = new Money(rate.eurPerUnit());
		Map<String, BigDecimal> echoed = new LinkedHashMap<>();
		parameters.asMap().forEach((key, value) -> echoed.put(key, decimal(value, 6)));
		ModelEstimate inHouse = estimate.model(DeliveryModel.IN_HOUSE);
		List<EstimateResult.ModelResult> models = estimate.models().stream().map(m -> {
			List<EstimateResult.RowAssumptions> assumptions = new ArrayList<>();
			for (int i = 0; i < rows.size(); i++) {
				assumptions.add(rowAssumptions(input, rows.get(i), m.rows().get(i), bases.get(i)));
			}
			Map<String, BigDecimal> breakdown = new LinkedHashMap<>();
			for (Map.Entry<CostComponent, Double> part : m.breakdown().entrySet()) {
				breakdown.put(part.getKey().name(), money.of(part.getValue()));
			}
			BigDecimal savingsPercent = inHouse.totalCost() > 0
					? decimal(100 * m.savingsVersusInHouse() / inHouse.totalCost(), 1) : null;
			return new EstimateResult.ModelResult(m.model(), money.of(m.totalCost()), money.of(m.monthlyCost()),
					decimal(m.deliveredDays(), 1), money.ofFinite(m.costPerDeliveredDay()),
					(int) Math.round(m.timeToStartDays()), decimal(m.overlapHours(), 2), m.overlapBelowRequired(),
					money.of(m.savingsVersusInHouse()), savingsPercent, breakdown,
					m.cumulativeCostByMonth().stream().map(money::of).toList(),
					new EstimateResult.Percentiles(range(money, m.totalCostRange()),
							range(money, m.costPerDeliveredDayRange())),
					new EstimateResult.Assumptions("EUR", echoed, assumptions));
		}).toList();
		Map<String, String> sources = new LinkedHashMap<>();
		snapshot.sources().forEach(source -> sources.put(source.key(), source.citation()));
		return new EstimateResult(id, clock.instant(), snapshot.version(), input, input.currency(),
				rate.eurPerUnit(), rate.asOf(), models, sources);
	}

	private static double salary(ReferenceSnapshot snapshot, EstimateRequest.Row row, Location location,
			@Nullable BigDecimal override, String name, Map<String, EstimateResult.Basis> basis) {
		if (override != null) {
			basis.put(name, new EstimateResult.Basis("INPUT", false, false, true, "entered by the visitor"));
			return override.doubleValue();
		}
		ResolvedFigure figure = snapshot.salary(row.role(), row.seniority(), location.code());
		basis.put(name, basis(figure));
		return figure.amountEur().doubleValue();
	}

	private static double dayRate(ReferenceSnapshot snapshot, EstimateRequest.Row row, Place provider,
			Parameters parameters, Map<String, EstimateResult.Basis> basis) {
		if (row.dayRate() != null) {
			basis.put("freelanceDayRate",
					new EstimateResult.Basis("INPUT", false, false, true, "entered by the visitor"));
			return row.dayRate().doubleValue();
		}
		Optional<ResolvedFigure> figure = snapshot.dayRate(row.role(), row.seniority(), row.location());
		if (figure.isPresent()) {
			basis.put("freelanceDayRate", basis(figure.get()));
			return figure.get().amountEur().doubleValue();
		}
		basis.put("freelanceDayRate", new EstimateResult.Basis("MODEL", true, true, false,
				"no day-rate figure for " + row.location() + ": provider day cost × (1 + agency margin)"));
		return provider.dayCost() * (1 + parameters.agencyMargin());
	}

	private static EstimateResult.Basis basis(ResolvedFigure figure) {
		return new EstimateResult.Basis(figure.basis().sourceKey(), figure.derived(), figure.assumption(), false,
				figure.explanation());
	}

	private static EstimateResult.Basis locationBasis(Location location, String what) {
		return new EstimateResult.Basis(location.sourceKey(), false, location.assumption(), false,
				what + " of " + location.code() + (location.note() == null || location.note().isBlank() ? "" : ": " + location.note()));
	}

	private static Place place(Location location, double salary) {
		return new Place(location.code(), salary, location.employerCharges().doubleValue(),
				location.annualOverheadEur().doubleValue(), location.billableDays(), hours(location));
	}

	private static WorkingHours hours(Location location) {
		return new WorkingHours(location.zone(), location.businessStart(), location.businessEnd());
	}

	private static EstimateResult.RowAssumptions rowAssumptions(EstimateRequest input, TeamRow row, RowResult result,
			Map<String, EstimateResult.Basis> basis) {
		return new EstimateResult.RowAssumptions(row.role(), row.seniority(), row.count(),
				row.provider().country(), input.clientCountry(), decimal(row.client().annualSalary(), 2),
				decimal(row.client().employerCharges(), 4), decimal(row.client().annualOverhead(), 2),
				(int) row.client().billableDays(), decimal(row.provider().annualSalary(), 2),
				decimal(row.provider().employerCharges(), 4), decimal(row.provider().annualOverhead(), 2),
				(int) row.provider().billableDays(), decimal(row.freelanceDayRate(), 2),
				decimal(result.overlapHours(), 2), decimal(result.coordinationFactor(), 4), basis);
	}

	private static EstimateResult.Range range(Money money, org.pilotage.estimation.model.Percentiles p) {
		return new EstimateResult.Range(money.ofFinite(p.p10()), money.ofFinite(p.p50()), money.ofFinite(p.p90()));
	}

	static BigDecimal decimal(double value, int scale) {
		return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_EVEN);
	}

	/** EUR amounts of the model, converted to the answer's currency and rounded to cents. */
	private record Money(BigDecimal eurPerUnit) {

		BigDecimal of(double eur) {
			return BigDecimal.valueOf(eur).divide(eurPerUnit, 2, RoundingMode.HALF_EVEN);
		}

		@Nullable BigDecimal ofFinite(double eur) {
			return Double.isFinite(eur) ? of(eur) : null;
		}
	}
}
