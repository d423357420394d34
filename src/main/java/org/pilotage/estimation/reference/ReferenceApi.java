package org.pilotage.estimation.reference;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.pilotage.shared.Problem;
import org.pilotage.shared.web.ETags;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The estimator's reference data over the API. Reading is public, at the latest version or any earlier one
 * ({@code ?version=N}), with the version as ETag; writing is for platform administrators and publishes a new
 * version, requested with {@code If-Match} set to the version the change was made against.
 */
@RestController
@RequestMapping("/api/v1/reference")
@Tag(name = "Estimator reference data", description = "Roles, seniorities, locations (ISO 3166 alpha-2), currency "
		+ "rates, model parameters, sources and sourced salary and day-rate figures; versioned, public to read")
class ReferenceApi {

	private static final String VERSION_HELP = "A published version; the latest when left out";
	private static final String LOCATION_HELP = "Location: ISO 3166 alpha-2 country code, e.g. FR, MA, VN";

	record Overview(int version, Instant publishedAt, String note, Map<String, Integer> counts,
			Map<String, String> links) {
	}

	record RatioView(String code, String nameEn, String nameFr, BigDecimal ratio, String source, String citation,
			String note) {
	}

	record RateView(String currency, BigDecimal eurPerUnit, LocalDate asOf, String source, boolean assumption,
			String note) {
	}

	record FigureView(FigureKind kind, String role, String seniority, String location, BigDecimal amount,
			String currency, int year, String source, String citation, Confidence confidence, boolean assumption,
			String note) {
	}

	record ResolvedView(FigureKind kind, BigDecimal amountEur, boolean derived, boolean assumption, BigDecimal ratio,
			String explanation, String source, Confidence confidence) {

		static @Nullable ResolvedView of(@Nullable ResolvedFigure figure) {
			return figure == null ? null : new ResolvedView(figure.kind(), figure.amountEur(), figure.derived(),
					figure.assumption(), figure.ratio(), figure.explanation(), figure.basis().sourceKey(),
					figure.basis().confidence());
		}
	}

	record GridCell(String role, String seniority, @Nullable ResolvedView salary, @Nullable ResolvedView dayRate) {
	}

	record Grid(int version, String location, List<GridCell> cells) {
	}

	record ParameterChange(@Nullable BigDecimal value, @Nullable String unit, @Nullable String source,
			@Nullable Boolean assumption, @Nullable String note) {
	}

	record LocationChange(@Nullable String nameEn, @Nullable String nameFr, @Nullable String currency,
			@Nullable String zone, @Nullable String businessStart, @Nullable String businessEnd,
			@Nullable Integer billableDays, @Nullable BigDecimal employerCharges,
			@Nullable BigDecimal annualOverheadEur, @Nullable String source, @Nullable Boolean assumption,
			@Nullable String note) {
	}

	record RateChange(@Nullable BigDecimal eurPerUnit, @Nullable String asOf, @Nullable String source,
			@Nullable Boolean assumption, @Nullable String note) {
	}

	record FigureChange(@Nullable String kind, @Nullable String role, @Nullable String seniority,
			@Nullable String location, @Nullable BigDecimal amount, @Nullable String currency, @Nullable Integer year,
			@Nullable String source, @Nullable String confidence, @Nullable Boolean assumption,
			@Nullable String note) {
	}

	private final ReferenceData data;

	ReferenceApi(ReferenceData data) {
		this.data = data;
	}

	@GetMapping
	@Operation(summary = "The version, its publication, how many rows each dataset has, and links")
	ResponseEntity<Overview> overview(@Parameter(description = VERSION_HELP) @RequestParam(required = false)
	@Nullable Integer version) {
		Edition edition = data.edition(version);
		Map<String, Integer> counts = new LinkedHashMap<>();
		Map<String, String> links = new LinkedHashMap<>();
		for (Dataset dataset : Dataset.values()) {
			counts.put(dataset.id(), edition.rows(dataset).size());
			links.put(dataset.id(), "/api/v1/reference/" + dataset.id());
			links.put(dataset.id() + ".csv", "/api/v1/reference/export/" + dataset.id());
		}
		links.put("versions", "/api/v1/reference/versions");
		links.put("resolved", "/api/v1/reference/figures/resolved?location=FR");
		ReferenceVersion info = edition.version();
		return ok(edition, new Overview(info.version(), info.publishedAt(), info.note(), counts, links));
	}

	@GetMapping("/roles")
	@Operation(summary = "Roles (BACKEND, DEVOPS, …) with their pay ratio to FULL_STACK and why")
	ResponseEntity<List<RatioView>> roles(@Parameter(description = VERSION_HELP) @RequestParam(required = false)
	@Nullable Integer version) {
		Edition edition = data.edition(version);
		return ok(edition, edition.snapshot().roles().stream().map(r -> new RatioView(r.code(), r.nameEn(),
				r.nameFr(), r.ratio(), r.sourceKey(), citation(edition, r.sourceKey()),
				edition.note(Dataset.ROLES, r.code()))).toList());
	}

	@GetMapping("/seniorities")
	@Operation(summary = "Seniorities with their pay ratio to CONFIRMED and why")
	ResponseEntity<List<RatioView>> seniorities(@Parameter(description = VERSION_HELP)
	@RequestParam(required = false) @Nullable Integer version) {
		Edition edition = data.edition(version);
		return ok(edition, edition.snapshot().seniorities().stream().map(s -> new RatioView(s.code(), s.nameEn(),
				s.nameFr(), s.ratio(), s.sourceKey(), citation(edition, s.sourceKey()),
				edition.note(Dataset.SENIORITIES, s.code()))).toList());
	}

	@GetMapping("/locations")
	@Operation(summary = "Locations by ISO 3166 alpha-2 code: currency, zone, hours, billable days, charges, overhead")
	ResponseEntity<List<Location>> locations(@Parameter(description = VERSION_HELP)
	@RequestParam(required = false) @Nullable Integer version) {
		Edition edition = data.edition(version);
		return ok(edition, edition.snapshot().locations());
	}

	@GetMapping("/currencies")
	@Operation(summary = "Dated currency rates to EUR (ISO 4217 codes)")
	ResponseEntity<List<RateView>> currencies(@Parameter(description = VERSION_HELP)
	@RequestParam(required = false) @Nullable Integer version) {
		Edition edition = data.edition(version);
		return ok(edition, edition.snapshot().rates().stream().map(r -> new RateView(r.currency(), r.eurPerUnit(),
				r.asOf(), r.sourceKey(), r.assumption(), edition.note(Dataset.CURRENCIES, r.currency()))).toList());
	}

	@GetMapping("/parameters")
	@Operation(summary = "The cost model's parameters with unit and source")
	ResponseEntity<List<ParameterValue>> parameters(@Parameter(description = VERSION_HELP)
	@RequestParam(required = false) @Nullable Integer version) {
		Edition edition = data.edition(version);
		return ok(edition, edition.snapshot().parameters());
	}

	@GetMapping("/sources")
	@Operation(summary = "Cited sources (S12, S22, …) and the pseudo-source ASSUMPTION")
	ResponseEntity<List<Source>> sources(@Parameter(description = VERSION_HELP) @RequestParam(required = false)
	@Nullable Integer version) {
		Edition edition = data.edition(version);
		return ok(edition, edition.snapshot().sources());
	}

	@GetMapping("/versions")
	@Operation(summary = "Every published version, the latest first")
	List<ReferenceVersion> versions() {
		return data.versions();
	}

	@GetMapping("/figures")
	@Operation(summary = "Stored salary and day-rate figures with source citation, confidence and assumption flag")
	ResponseEntity<List<FigureView>> figures(
			@Parameter(description = "SALARY or DAY_RATE") @RequestParam(required = false) @Nullable String kind,
			@Parameter(description = "Role code, e.g. FULL_STACK") @RequestParam(required = false) @Nullable String role,
			@Parameter(description = "Seniority code, e.g. SENIOR") @RequestParam(required = false)
			@Nullable String seniority,
			@Parameter(description = LOCATION_HELP) @RequestParam(required = false) @Nullable String location,
			@Parameter(description = VERSION_HELP) @RequestParam(required = false) @Nullable Integer version) {
		Edition edition = data.edition(version);
		return ok(edition, edition.snapshot().figures().stream()
			.filter(f -> kind == null || f.kind().name().equals(kind))
			.filter(f -> role == null || f.role().equals(role))
			.filter(f -> seniority == null || f.seniority().equals(seniority))
			.filter(f -> location == null || f.location().equals(location))
			.map(f -> new FigureView(f.kind(), f.role(), f.seniority(), f.location(), f.amount(), f.currency(), f.year(),
					f.sourceKey(), citation(edition, f.sourceKey()), f.confidence(), f.assumption(), f.note()))
			.toList());
	}

	@GetMapping("/figures/resolved")
	@Operation(summary = "Every role × seniority of a location in EUR, stored or derived, with flags and explanation")
	ResponseEntity<Grid> resolved(@Parameter(description = LOCATION_HELP) @RequestParam String location,
			@Parameter(description = VERSION_HELP) @RequestParam(required = false) @Nullable Integer version) {
		Edition edition = data.edition(version);
		if (edition.snapshot().location(location).isEmpty()) {
			throw Problem.invalid("location", "unknown-location", "is not a known location (ISO 3166 alpha-2)");
		}
		return ok(edition, new Grid(edition.version().version(), location, grid(edition.snapshot(), location)));
	}

	static List<GridCell> grid(ReferenceSnapshot snapshot, String location) {
		List<GridCell> cells = new ArrayList<>();
		for (Role role : snapshot.roles()) {
			for (Seniority seniority : snapshot.seniorities()) {
				ResolvedFigure salary;
				try {
					salary = snapshot.salary(role.code(), seniority.code(), location);
				}
				catch (IllegalStateException noFigureOrRate) {
					salary = null;
				}
				ResolvedFigure dayRate;
				try {
					dayRate = snapshot.dayRate(role.code(), seniority.code(), location).orElse(null);
				}
				catch (IllegalStateException noRate) {
					dayRate = null;
				}
				cells.add(new GridCell(role.code(), seniority.code(), ResolvedView.of(salary), ResolvedView.of(dayRate)));
			}
		}
		return cells;
	}

	@GetMapping(value = "/export/{dataset}", produces = "text/csv")
	@Operation(summary = "A dataset as CSV (sources, roles, seniorities, locations, currencies, parameters, figures)")
	ResponseEntity<String> export(@PathVariable String dataset, @Parameter(description = VERSION_HELP)
	@RequestParam(required = false) @Nullable Integer version) {
		Dataset which = dataset(dataset);
		Edition edition = data.edition(version);
		return ResponseEntity.ok()
			.eTag(ETags.of(edition.version().version()))
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + which.id() + "-v"
					+ edition.version().version() + ".csv\"")
			.body(data.exportCsv(which, edition.version().version()));
	}

	@PostMapping(value = "/import/{dataset}", consumes = "text/csv")
	@Operation(summary = "Replace a dataset with a CSV file (platform administrators); every row is checked first, "
			+ "and nothing is written if one is bad. If-Match is optional")
	ResponseEntity<ReferenceVersion> importCsv(@PathVariable String dataset, @RequestBody String csv,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		Dataset which = dataset(dataset);
		Integer expected = ifMatch == null || ifMatch.isBlank() ? null : (int) ETags.requireVersion(ifMatch);
		return published(data.importCsv(which, csv, expected));
	}

	@PutMapping("/parameters/{key}")
	@Operation(summary = "Change a parameter (platform administrators); fields left out keep their value; "
			+ "requires If-Match")
	ResponseEntity<ReferenceVersion> putParameter(@PathVariable String key,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody ParameterChange change) {
		Map<String, String> values = new LinkedHashMap<>();
		put(values, "value", change.value());
		put(values, "unit", change.unit());
		put(values, "source", change.source());
		put(values, "assumption", change.assumption());
		put(values, "note", change.note());
		return published(data.put(Dataset.PARAMETERS, List.of(key), values, expected(ifMatch), true));
	}

	@PutMapping("/locations/{code}")
	@Operation(summary = "Create or change a location by ISO 3166 alpha-2 code (platform administrators); "
			+ "requires If-Match")
	ResponseEntity<ReferenceVersion> putLocation(
			@Parameter(description = LOCATION_HELP) @PathVariable String code,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody LocationChange change) {
		Map<String, String> values = new LinkedHashMap<>();
		put(values, "name_en", change.nameEn());
		put(values, "name_fr", change.nameFr());
		put(values, "currency", change.currency());
		put(values, "zone", change.zone());
		put(values, "business_start", change.businessStart());
		put(values, "business_end", change.businessEnd());
		put(values, "billable_days", change.billableDays());
		put(values, "employer_charges", change.employerCharges());
		put(values, "annual_overhead_eur", change.annualOverheadEur());
		put(values, "source", change.source());
		put(values, "assumption", change.assumption());
		put(values, "note", change.note());
		return published(data.put(Dataset.LOCATIONS, List.of(code), values, expected(ifMatch), false));
	}

	@PutMapping("/currencies/{code}")
	@Operation(summary = "Create or change the EUR rate of a currency (ISO 4217; platform administrators); "
			+ "requires If-Match")
	ResponseEntity<ReferenceVersion> putCurrency(@PathVariable String code,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody RateChange change) {
		Map<String, String> values = new LinkedHashMap<>();
		put(values, "eur_per_unit", change.eurPerUnit());
		put(values, "as_of", change.asOf());
		put(values, "source", change.source());
		put(values, "assumption", change.assumption());
		put(values, "note", change.note());
		return published(data.put(Dataset.CURRENCIES, List.of(code), values, expected(ifMatch), false));
	}

	@PutMapping("/figures")
	@Operation(summary = "Create or change the figure of a kind, role, seniority and location (platform "
			+ "administrators); requires If-Match")
	ResponseEntity<ReferenceVersion> putFigure(
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody FigureChange change) {
		List<Problem.FieldError> missing = new ArrayList<>();
		Map<String, @Nullable String> key = new LinkedHashMap<>();
		key.put("kind", change.kind());
		key.put("role", change.role());
		key.put("seniority", change.seniority());
		key.put("location", change.location());
		key.forEach((field, value) -> {
			if (value == null || value.isBlank()) {
				missing.add(new Problem.FieldError(field, "required", field + ": is required"));
			}
		});
		if (!missing.isEmpty()) {
			throw new Problem(org.springframework.http.HttpStatus.BAD_REQUEST, "invalid-input",
					"The request has invalid fields", missing);
		}
		Map<String, String> values = new LinkedHashMap<>();
		put(values, "amount", change.amount());
		put(values, "currency", change.currency());
		put(values, "year", change.year());
		put(values, "source", change.source());
		put(values, "confidence", change.confidence());
		put(values, "assumption", change.assumption());
		put(values, "note", change.note());
		List<String> keys = key.values().stream().map(v -> v == null ? "" : v.strip()).toList();
		return published(data.put(Dataset.FIGURES, keys, values, expected(ifMatch), false));
	}

	private static Dataset dataset(String id) {
		return Dataset.byId(id).orElseThrow(() -> Problem.notFound("Dataset " + id));
	}

	private static int expected(@Nullable String ifMatch) {
		long version = ETags.requireVersion(ifMatch);
		if (version < 1 || version > Integer.MAX_VALUE) {
			throw Problem.staleVersion();
		}
		return (int) version;
	}

	private static void put(Map<String, String> values, String column, @Nullable Object value) {
		if (value != null) {
			values.put(column, value instanceof BigDecimal number ? number.toPlainString() : value.toString());
		}
	}

	private static String citation(Edition edition, String key) {
		return edition.snapshot().source(key).map(Source::citation).orElse("");
	}

	private static <T> ResponseEntity<T> ok(Edition edition, T body) {
		return ResponseEntity.ok().eTag(ETags.of(edition.version().version())).body(body);
	}

	private static ResponseEntity<ReferenceVersion> published(ReferenceVersion version) {
		return ResponseEntity.ok().eTag(ETags.of(version.version())).body(version);
	}
}
