package org.pilotage.estimation.reference;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The seven datasets of the reference data. Each one is a table and a CSV file with the same columns, in the
 * same order; the first {@code keySize} columns identify a row. Seed files, exports and imports all use these
 * columns, so an export can be imported again unchanged.
 */
public enum Dataset {

	SOURCES("sources", "estimation_reference_sources", 1,
			Column.of("key", "source_key", Type.CODE), Column.text("citation", "citation", 1000)),

	ROLES("roles", "estimation_reference_roles", 1,
			Column.of("code", "code", Type.CODE), Column.text("name_en", "name_en", 100),
			Column.text("name_fr", "name_fr", 100), Column.decimal("ratio", "ratio", "0", true, "10", 6),
			Column.of("source", "source_key", Type.SOURCE), Column.note()),

	SENIORITIES("seniorities", "estimation_reference_seniorities", 1,
			Column.of("code", "code", Type.CODE), Column.text("name_en", "name_en", 100),
			Column.text("name_fr", "name_fr", 100), Column.decimal("ratio", "ratio", "0", true, "10", 6),
			Column.of("source", "source_key", Type.SOURCE), Column.note()),

	LOCATIONS("locations", "estimation_reference_locations", 1,
			Column.of("code", "code", Type.COUNTRY), Column.text("name_en", "name_en", 100),
			Column.text("name_fr", "name_fr", 100), Column.of("currency", "currency", Type.CURRENCY),
			Column.of("zone", "zone", Type.ZONE), Column.of("business_start", "business_start", Type.TIME),
			Column.of("business_end", "business_end", Type.TIME),
			Column.integer("billable_days", "billable_days", 1, 366),
			Column.decimal("employer_charges", "employer_charges", "0", false, "2", 4),
			Column.decimal("annual_overhead_eur", "annual_overhead_eur", "0", false, "1000000000", 2),
			Column.of("source", "source_key", Type.SOURCE), Column.of("assumption", "assumption", Type.BOOLEAN),
			Column.note()),

	CURRENCIES("currencies", "estimation_reference_currency_rates", 1,
			Column.of("currency", "currency", Type.CURRENCY_CODE),
			Column.decimal("eur_per_unit", "eur_per_unit", "0", true, "1000000", 12),
			Column.of("as_of", "as_of", Type.DATE), Column.of("source", "source_key", Type.SOURCE),
			Column.of("assumption", "assumption", Type.BOOLEAN), Column.note()),

	PARAMETERS("parameters", "estimation_reference_parameters", 1,
			Column.of("key", "param_key", Type.PARAMETER_KEY),
			Column.decimal("value", "param_value", "0", false, "100000", 6), Column.text("unit", "unit", 32),
			Column.of("source", "source_key", Type.SOURCE), Column.of("assumption", "assumption", Type.BOOLEAN),
			Column.note()),

	FIGURES("figures", "estimation_reference_figures", 4,
			Column.of("kind", "kind", Type.KIND), Column.of("role", "role", Type.ROLE),
			Column.of("seniority", "seniority", Type.SENIORITY), Column.of("location", "location", Type.LOCATION),
			Column.decimal("amount", "amount", "0", true, "1000000000000000", 2),
			Column.of("currency", "currency", Type.CURRENCY), Column.integer("year", "figure_year", 1990, 2100),
			Column.of("source", "source_key", Type.SOURCE), Column.of("confidence", "confidence", Type.CONFIDENCE),
			Column.of("assumption", "assumption", Type.BOOLEAN), Column.note());

	/** What a column holds; the reference types must name a row of another dataset. */
	enum Type {
		CODE, TEXT, NOTE, DECIMAL, INTEGER, BOOLEAN, DATE, TIME, ZONE, COUNTRY, CURRENCY_CODE, PARAMETER_KEY, KIND,
		CONFIDENCE, SOURCE, ROLE, SENIORITY, LOCATION, CURRENCY
	}

	/**
	 * One column: its CSV name, its table column, its type and, for numbers, the allowed range (the lower bound
	 * excluded when {@code minExclusive}) and the most decimals the table keeps.
	 */
	record Column(String name, String dbName, Type type, int maxLength, BigDecimal min, boolean minExclusive,
			BigDecimal max, int maxScale) {

		static Column of(String name, String dbName, Type type) {
			return new Column(name, dbName, type, 64, BigDecimal.ZERO, false, BigDecimal.ZERO, 0);
		}

		static Column text(String name, String dbName, int maxLength) {
			return new Column(name, dbName, Type.TEXT, maxLength, BigDecimal.ZERO, false, BigDecimal.ZERO, 0);
		}

		static Column note() {
			return new Column("note", "note", Type.NOTE, 1000, BigDecimal.ZERO, false, BigDecimal.ZERO, 0);
		}

		static Column decimal(String name, String dbName, String min, boolean minExclusive, String max, int scale) {
			return new Column(name, dbName, Type.DECIMAL, 40, new BigDecimal(min), minExclusive, new BigDecimal(max),
					scale);
		}

		static Column integer(String name, String dbName, int min, int max) {
			return new Column(name, dbName, Type.INTEGER, 12, BigDecimal.valueOf(min), false, BigDecimal.valueOf(max),
					0);
		}
	}

	private final String id;
	private final String table;
	private final int keySize;
	private final List<Column> columns;

	Dataset(String id, String table, int keySize, Column... columns) {
		this.id = id;
		this.table = table;
		this.keySize = keySize;
		this.columns = List.of(columns);
	}

	/** The name used in addresses and file names: {@code sources}, {@code figures}, … */
	public String id() {
		return id;
	}

	String table() {
		return table;
	}

	int keySize() {
		return keySize;
	}

	List<Column> columns() {
		return columns;
	}

	List<String> header() {
		return columns.stream().map(Column::name).toList();
	}

	int index(String column) {
		for (int i = 0; i < columns.size(); i++) {
			if (columns.get(i).name().equals(column)) {
				return i;
			}
		}
		throw new IllegalArgumentException(column + " is not a column of " + id);
	}

	public static Optional<Dataset> byId(String id) {
		String wanted = id.strip().toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter(d -> d.id.equals(wanted)).findFirst();
	}
}
