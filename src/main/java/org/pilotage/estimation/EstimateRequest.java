package org.pilotage.estimation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * What a visitor asks the estimator. Every field but {@code clientCountry}, {@code durationMonths} and
 * {@code team} has a default, and the answer echoes the request with its defaults filled in, so that the same
 * echo sent again gives the same numbers.
 */
@Schema(description = "A team, a duration and a client: what each delivery model would cost")
public record EstimateRequest(
		@Schema(description = "Client's country, ISO 3166 alpha-2 code of a reference location (FR, PT, PL, RO, MA, TN, MG, MU, IN, VN)", example = "FR") @Nullable String clientCountry,
		@Schema(description = "Duration in months, 1 to 120", example = "12") @Nullable Integer durationMonths,
		@Schema(description = "Currency of the amounts answered, ISO 4217 (EUR by default)", example = "EUR") @Nullable String currency,
		@Schema(description = "Hours of daily overlap the client needs with the team (4 by default)", example = "4") @Nullable BigDecimal requiredOverlapHours,
		@Schema(description = "Monte Carlo seed (1 by default): same input and seed, same numbers", example = "42") @Nullable Long seed,
		@Schema(description = "Monte Carlo samples, 1,000 to 200,000 (10,000 by default)", example = "10000") @Nullable Integer samples,
		@Schema(description = "Start date, on which the time-zone overlap is measured (today by default)") @Nullable LocalDate startDate,
		@Schema(description = "The team, 1 to 200 rows") @Nullable List<Row> team,
		@Schema(description = "Model parameters to use instead of the reference values, by key (see GET /api/v1/reference/parameters)") @Nullable Map<String, BigDecimal> parameters) {

	/** One row of the team; the three amounts, in EUR, replace the reference figures when given. */
	@Schema(description = "People of one role and seniority at one provider location")
	public record Row(
			@Schema(description = "Role code (GET /api/v1/reference/roles)", example = "BACKEND") @Nullable String role,
			@Schema(description = "JUNIOR, CONFIRMED, SENIOR or LEAD", example = "SENIOR") @Nullable String seniority,
			@Schema(description = "Head-count, 1 to 1,000", example = "2") @Nullable Integer count,
			@Schema(description = "Provider location, ISO 3166 alpha-2 code (GET /api/v1/reference/locations)", example = "MA") @Nullable String location,
			@Schema(description = "Annual gross salary in the client's country, EUR, instead of the reference figure") @Nullable BigDecimal clientSalary,
			@Schema(description = "Annual gross salary at the provider location, EUR, instead of the reference figure") @Nullable BigDecimal providerSalary,
			@Schema(description = "Freelance day rate at the provider location, EUR, instead of the reference figure") @Nullable BigDecimal dayRate) {
	}
}
