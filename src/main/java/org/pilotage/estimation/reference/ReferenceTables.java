package org.pilotage.estimation.reference;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.pilotage.estimation.reference.Dataset.Column;
import org.pilotage.shared.Jdbc;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The versioned tables. A row is valid from the version that inserted it up to, not including, the version that
 * closed it; writing a dataset at a new version closes the rows that changed or went away and inserts the new
 * ones, so every earlier version reads back exactly as it was.
 */
@Repository
class ReferenceTables {

	private static final RowMapper<ReferenceVersion> VERSION = (rs, n) -> new ReferenceVersion(rs.getInt("version"),
			Jdbc.requiredInstant(rs, "published_at"), rs.getObject("published_by", UUID.class),
			rs.getString("note"));

	private final JdbcClient jdbc;

	ReferenceTables(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Integer> latestVersion() {
		return Optional.ofNullable(jdbc.sql("SELECT MAX(version) FROM estimation_reference_versions")
			.query(Integer.class)
			.optional()
			.orElse(null));
	}

	Optional<ReferenceVersion> version(int version) {
		return jdbc.sql("SELECT * FROM estimation_reference_versions WHERE version = :v")
			.param("v", version)
			.query(VERSION)
			.optional();
	}

	List<ReferenceVersion> versions() {
		return jdbc.sql("SELECT * FROM estimation_reference_versions ORDER BY version DESC").query(VERSION).list();
	}

	/** Inserts the version row; a concurrent writer that took the same number makes this fail on the key. */
	void insert(ReferenceVersion version) {
		jdbc.sql("""
				INSERT INTO estimation_reference_versions (version, published_at, published_by, note)
				VALUES (:version, :at, :by, :note)""")
			.param("version", version.version())
			.param("at", Jdbc.utc(version.publishedAt()))
			.param("by", version.publishedBy())
			.param("note", version.note())
			.update();
	}

	Map<Dataset, List<Row>> rows(int version) {
		Map<Dataset, List<Row>> rows = new EnumMap<>(Dataset.class);
		for (Dataset dataset : Dataset.values()) {
			rows.put(dataset, rows(dataset, version));
		}
		return rows;
	}

	List<Row> rows(Dataset dataset, int version) {
		String columns = dataset.columns().stream().map(Column::dbName).collect(Collectors.joining(", "));
		String keys = dataset.columns().subList(0, dataset.keySize()).stream().map(Column::dbName)
			.collect(Collectors.joining(", "));
		return jdbc.sql("SELECT " + columns + " FROM " + dataset.table()
				+ " WHERE valid_from <= :v AND (valid_to IS NULL OR valid_to > :v) ORDER BY position, " + keys)
			.param("v", version)
			.query((rs, n) -> read(dataset, rs))
			.list();
	}

	/** What a write changed, for the audit summary. */
	record Changes(List<String> added, List<String> changed, List<String> removed) {

		boolean isEmpty() {
			return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
		}
	}

	/** Makes {@code next} the content of the dataset from {@code version} on, given its {@code current} rows. */
	Changes write(Dataset dataset, List<Row> current, List<Row> next, int version) {
		Map<String, Row> before = new HashMap<>();
		current.forEach(row -> before.put(row.key(), row));
		List<String> added = new ArrayList<>();
		List<String> changed = new ArrayList<>();
		List<String> removed = new ArrayList<>();
		Map<String, Row> after = new HashMap<>();
		for (int position = 0; position < next.size(); position++) {
			Row row = next.get(position);
			after.put(row.key(), row);
			Row old = before.get(row.key());
			if (old != null && old.sameContent(row)) {
				continue;
			}
			if (old != null) {
				close(dataset, old, version);
				changed.add(row.key());
			}
			else {
				added.add(row.key());
			}
			insert(dataset, row, position, version);
		}
		for (Row old : current) {
			if (!after.containsKey(old.key())) {
				close(dataset, old, version);
				removed.add(old.key());
			}
		}
		return new Changes(added, changed, removed);
	}

	private void close(Dataset dataset, Row row, int version) {
		StringBuilder sql = new StringBuilder("UPDATE " + dataset.table() + " SET valid_to = :version WHERE valid_to IS NULL");
		Map<String, Object> params = new HashMap<>();
		params.put("version", version);
		for (int i = 0; i < dataset.keySize(); i++) {
			Column column = dataset.columns().get(i);
			sql.append(" AND ").append(column.dbName()).append(" = :k").append(i);
			params.put("k" + i, value(column, row.values().get(i)));
		}
		jdbc.sql(sql.toString()).params(params).update();
	}

	private void insert(Dataset dataset, Row row, int position, int version) {
		List<Column> columns = dataset.columns();
		String names = columns.stream().map(Column::dbName).collect(Collectors.joining(", "));
		String values = IntStream.range(0, columns.size()).mapToObj(i -> ":c" + i).collect(Collectors.joining(", "));
		Map<String, Object> params = new HashMap<>();
		for (int i = 0; i < columns.size(); i++) {
			params.put("c" + i, value(columns.get(i), row.values().get(i)));
		}
		params.put("position", position);
		params.put("version", version);
		jdbc.sql("INSERT INTO " + dataset.table() + " (" + names + ", position, valid_from) VALUES (" + values
				+ ", :position, :version)")
			.params(params)
			.update();
	}

	private static Object value(Column column, String text) {
		return switch (column.type()) {
			case DECIMAL -> new BigDecimal(text);
			case INTEGER -> Integer.valueOf(text);
			case BOOLEAN -> Boolean.valueOf(text);
			case DATE -> LocalDate.parse(text);
			default -> text;
		};
	}

	private static Row read(Dataset dataset, ResultSet rs) throws SQLException {
		List<String> values = new ArrayList<>();
		for (Column column : dataset.columns()) {
			values.add(switch (column.type()) {
				case DECIMAL -> Numbers.normalize(rs.getBigDecimal(column.dbName())).toPlainString();
				case INTEGER -> Integer.toString(rs.getInt(column.dbName()));
				case BOOLEAN -> Boolean.toString(rs.getBoolean(column.dbName()));
				case DATE -> rs.getObject(column.dbName(), LocalDate.class).toString();
				default -> {
					String text = rs.getString(column.dbName());
					yield text == null ? "" : text;
				}
			});
		}
		return new Row(dataset, 0, values);
	}
}
