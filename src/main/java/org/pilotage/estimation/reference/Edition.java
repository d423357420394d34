package org.pilotage.estimation.reference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reference data as it stood at one version: the snapshot estimates are computed from, and the stored rows
 * behind it, which also carry what the snapshot leaves out (the notes arguing role and seniority ratios and
 * currency rates).
 */
record Edition(ReferenceVersion version, ReferenceSnapshot snapshot, Map<Dataset, List<Row>> rows) {

	Edition {
		Map<Dataset, List<Row>> copy = new EnumMap<>(Dataset.class);
		rows.forEach((dataset, list) -> copy.put(dataset, List.copyOf(list)));
		rows = java.util.Collections.unmodifiableMap(copy);
	}

	static Edition of(ReferenceVersion version, Map<Dataset, List<Row>> rows) {
		return new Edition(version, snapshot(version, rows), rows);
	}

	List<Row> rows(Dataset dataset) {
		return rows.get(dataset);
	}

	Optional<Row> row(Dataset dataset, String key) {
		return rows.get(dataset).stream().filter(r -> r.key().equals(key)).findFirst();
	}

	/** The note of a row, e.g. why a role's ratio is what it is; empty when there is none. */
	String note(Dataset dataset, String key) {
		return row(dataset, key).map(r -> r.get("note")).orElse("");
	}

	static ReferenceSnapshot snapshot(ReferenceVersion version, Map<Dataset, List<Row>> rows) {
		return new ReferenceSnapshot(version.version(), version.publishedAt(),
				rows.get(Dataset.ROLES).stream().map(r -> new Role(r.get("code"), r.get("name_en"), r.get("name_fr"),
						decimal(r, "ratio"), r.get("source"))).toList(),
				rows.get(Dataset.SENIORITIES).stream().map(r -> new Seniority(r.get("code"), r.get("name_en"),
						r.get("name_fr"), decimal(r, "ratio"), r.get("source"))).toList(),
				rows.get(Dataset.LOCATIONS).stream().map(Edition::location).toList(),
				rows.get(Dataset.CURRENCIES).stream().map(r -> new CurrencyRate(r.get("currency"),
						decimal(r, "eur_per_unit"), LocalDate.parse(r.get("as_of")), r.get("source"),
						flag(r, "assumption"))).toList(),
				rows.get(Dataset.PARAMETERS).stream().map(r -> new ParameterValue(r.get("key"), decimal(r, "value"),
						r.get("unit"), r.get("source"), flag(r, "assumption"), r.get("note"))).toList(),
				rows.get(Dataset.FIGURES).stream().map(Edition::figure).toList(),
				rows.get(Dataset.SOURCES).stream().map(r -> new Source(r.get("key"), r.get("citation"))).toList());
	}

	private static Location location(Row r) {
		return new Location(r.get("code"), r.get("name_en"), r.get("name_fr"), r.get("currency"),
				ZoneId.of(r.get("zone")), LocalTime.parse(r.get("business_start")),
				LocalTime.parse(r.get("business_end")), Integer.parseInt(r.get("billable_days")),
				decimal(r, "employer_charges"), decimal(r, "annual_overhead_eur"), r.get("source"),
				flag(r, "assumption"), r.get("note"));
	}

	private static Figure figure(Row r) {
		return new Figure(FigureKind.valueOf(r.get("kind")), r.get("role"), r.get("seniority"), r.get("location"),
				decimal(r, "amount"), r.get("currency"), Integer.parseInt(r.get("year")), r.get("source"),
				Confidence.valueOf(r.get("confidence")), flag(r, "assumption"), r.get("note"));
	}

	private static BigDecimal decimal(Row row, String column) {
		return new BigDecimal(row.get(column));
	}

	private static boolean flag(Row row, String column) {
		return Boolean.parseBoolean(row.get(column));
	}
}
