package org.pilotage.estimation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.estimation.model.DeliveryModel;

/**
 * A saved estimate: the request with its defaults, the reference data version it was computed from, and one
 * {@link ModelResult} per delivery model. Amounts are in {@code currency}, converted from EUR at
 * {@code eurPerUnit} dated {@code rateDate}; the assumptions stay in EUR, as the reference data holds them.
 */
public record EstimateResult(UUID id, Instant createdAt, int referenceVersion, EstimateRequest input,
		String currency, BigDecimal eurPerUnit, LocalDate rateDate, List<ModelResult> models,
		Map<String, String> sources) {

	public ModelResult model(DeliveryModel model) {
		return models.stream().filter(m -> m.model() == model).findFirst().orElseThrow();
	}

	/**
	 * One delivery model. {@code costPerDeliveredDay} is null when the model delivers no day at all (a duration
	 * shorter than the ramp-up and the vacancies).
	 */
	public record ModelResult(DeliveryModel model, BigDecimal totalCost, BigDecimal monthlyCost,
			BigDecimal deliveredDays, @Nullable BigDecimal costPerDeliveredDay, int timeToStartDays,
			BigDecimal overlapHours, boolean overlapBelowRequired, BigDecimal savingsVersusInHouse,
			@Nullable BigDecimal savingsPercent, Map<String, BigDecimal> breakdown,
			List<BigDecimal> cumulativeCostByMonth, Percentiles percentiles, Assumptions assumptions) {
	}

	public record Percentiles(Range totalCost, Range costPerDeliveredDay) {
	}

	public record Range(@Nullable BigDecimal p10, @Nullable BigDecimal p50, @Nullable BigDecimal p90) {
	}

	/** Every value the model used, in EUR: the parameters by key and the figures of each row. */
	public record Assumptions(String currency, Map<String, BigDecimal> parameters, List<RowAssumptions> rows) {
	}

	/**
	 * The figures of one row. {@code basis} says, per figure name, where the value comes from: its source key,
	 * whether it was derived, whether it is an assumption, whether the visitor overrode it.
	 */
	public record RowAssumptions(String role, String seniority, int count, String location, String clientCountry,
			BigDecimal clientSalary, BigDecimal clientEmployerCharges, BigDecimal clientOverhead,
			int clientBillableDays, BigDecimal providerSalary, BigDecimal providerEmployerCharges,
			BigDecimal providerOverhead, int providerBillableDays, BigDecimal freelanceDayRate,
			BigDecimal overlapHours, BigDecimal coordinationFactor, Map<String, Basis> basis) {

		/** The value of a figure named as in {@code basis}, or null for an unknown name. */
		public @Nullable BigDecimal figure(String name) {
			return switch (name) {
				case "clientSalary" -> clientSalary;
				case "providerSalary" -> providerSalary;
				case "freelanceDayRate" -> freelanceDayRate;
				case "clientEmployerCharges" -> clientEmployerCharges;
				case "providerEmployerCharges" -> providerEmployerCharges;
				case "clientOverhead" -> clientOverhead;
				case "providerOverhead" -> providerOverhead;
				default -> null;
			};
		}
	}

	public record Basis(String source, boolean derived, boolean assumption, boolean overridden,
			String explanation) {
	}
}
