package org.pilotage.work;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.pilotage.shared.Problem;
import org.springframework.http.HttpStatus;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rows of an import file, read but not yet judged: each row's fields as text, with the errors that reading
 * found (a JSON value that is not a text, a field the import does not know, more CSV values than columns). A file
 * that cannot be read at all (not UTF-8, malformed, an unknown CSV column, no row, too many rows) is one 400 for the
 * whole file. CSV: RFC 4180 quoting, a header row naming the columns (any case), UTF-8 with or without a byte-order
 * mark, the separator taken from the header line (a semicolon when it has more semicolons than commas, as French
 * spreadsheets write; a comma otherwise).
 */
final class WorkImportRows {

	/** The fields of a row, as named in JSON and in the CSV header. */
	static final List<String> FIELDS = List.of("externalKey", "type", "ticketType", "title", "description", "impact",
			"urgency", "category", "dueDate", "acceptanceCriteria", "status", "assignee", "createdAt");

	static final int MAX_ROWS = 5_000;

	private static final Map<String, String> BY_LOWER_NAME = new LinkedHashMap<>();

	static {
		FIELDS.forEach(field -> BY_LOWER_NAME.put(field.toLowerCase(Locale.ROOT), field));
	}

	private WorkImportRows() {
	}

	/** A row: {@code number} counts data rows from 1; {@code line} is where a CSV row starts in the file. */
	record Row(int number, @Nullable Integer line, Map<String, String> values, List<Problem.FieldError> errors) {

		@Nullable
		String get(String field) {
			return values.get(field);
		}
	}

	static List<Row> json(byte[] body, JsonMapper json) {
		JsonNode root;
		try {
			root = json.readTree(text(body));
		}
		catch (JacksonException malformed) {
			throw new Problem(HttpStatus.BAD_REQUEST, "malformed-json", "The request body is not valid JSON");
		}
		JsonNode items = root;
		if (root != null && root.isObject()) {
			for (Map.Entry<String, JsonNode> member : root.properties()) {
				String name = member.getKey();
				if (!name.equals("items")) {
					throw fileProblem("unknown-field", "The import object has only an \"items\" array",
							new Problem.FieldError(name, "unknown-field", "is not a field of the import"));
				}
			}
			items = root.get("items");
		}
		if (items == null || !items.isArray()) {
			throw fileProblem("empty-import", "The import has no rows: send an array of items or {\"items\":[…]}", null);
		}
		limit(items.size());
		List<Row> rows = new ArrayList<>();
		int number = 0;
		for (JsonNode item : items) {
			number++;
			Map<String, String> values = new LinkedHashMap<>();
			List<Problem.FieldError> errors = new ArrayList<>();
			if (!item.isObject()) {
				errors.add(new Problem.FieldError("row", "not-an-object", "must be an object of fields"));
			}
			else {
				for (Map.Entry<String, JsonNode> field : item.properties()) {
					String name = field.getKey();
					JsonNode value = field.getValue();
					if (!FIELDS.contains(name)) {
						errors.add(new Problem.FieldError(name, "unknown-field", "is not a field of the import"));
					}
					else if (value.isContainer()) {
						errors.add(new Problem.FieldError(name, "not-text", "must be a text"));
					}
					else if (!value.isNull()) {
						values.put(name, value.asString());
					}
				}
			}
			rows.add(new Row(number, null, values, errors));
		}
		return rows;
	}

	static List<Row> csv(byte[] body) {
		String text = text(body);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		char separator = separator(text);
		CSVFormat format = CSVFormat.RFC4180.builder()
			.setDelimiter(separator)
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setAllowMissingColumnNames(true)
			.get();
		int[] lineStarts = lineStarts(text);
		List<Row> rows = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(text, format)) {
			List<String> columns = columns(parser.getHeaderNames());
			Iterator<CSVRecord> records = parser.iterator();
			while (records.hasNext()) {
				CSVRecord record = records.next();
				limit(rows.size() + 1);
				rows.add(row(rows.size() + 1, line(text, lineStarts, record.getCharacterPosition()), record, columns));
			}
		}
		catch (IllegalArgumentException | IllegalStateException | UncheckedIOException | IOException unreadable) {
			throw fileProblem("malformed-csv", "The CSV file cannot be read: " + unreadable.getMessage(), null);
		}
		if (rows.isEmpty()) {
			throw fileProblem("empty-import", "The import has no rows: a header line, then one line per item", null);
		}
		return rows;
	}

	/** The header's names as fields; an empty name (a trailing separator) is a column to ignore. */
	private static List<String> columns(List<String> header) {
		List<String> columns = new ArrayList<>();
		List<Problem.FieldError> unknown = new ArrayList<>();
		for (String name : header) {
			String stripped = name == null ? "" : name.strip();
			String field = BY_LOWER_NAME.get(stripped.toLowerCase(Locale.ROOT));
			if (field == null && !stripped.isEmpty()) {
				unknown.add(new Problem.FieldError(stripped, "unknown-column",
						"is not a column of the import; the columns are " + String.join(", ", FIELDS)));
			}
			columns.add(field == null ? "" : field);
		}
		if (!unknown.isEmpty()) {
			throw new Problem(HttpStatus.BAD_REQUEST, "unknown-column", "The CSV header names columns the import does "
					+ "not know: " + String.join(", ", unknown.stream().map(Problem.FieldError::field).toList()), unknown);
		}
		for (String required : List.of("type", "title")) {
			if (!columns.contains(required)) {
				throw fileProblem("missing-column", "The CSV header has no " + required + " column",
						new Problem.FieldError(required, "missing-column", "is a required column"));
			}
		}
		return columns;
	}

	private static Row row(int number, int line, CSVRecord record, List<String> columns) {
		Map<String, String> values = new LinkedHashMap<>();
		List<Problem.FieldError> errors = new ArrayList<>();
		if (record.size() > columns.size()) {
			errors.add(new Problem.FieldError("row", "too-many-values",
					"has " + record.size() + " values but the header has " + columns.size() + " columns"));
		}
		for (int i = 0; i < Math.min(record.size(), columns.size()); i++) {
			String value = record.get(i);
			if (!columns.get(i).isEmpty() && value != null && !value.isEmpty()) {
				values.put(columns.get(i), value);
			}
		}
		return new Row(number, line, values, errors);
	}

	/** The header line's separator: a semicolon when it has more of them than commas (outside quotes). */
	static char separator(String text) {
		int commas = 0;
		int semicolons = 0;
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && (c == '\n' || c == '\r')) {
				break;
			}
			else if (!quoted && c == ',') {
				commas++;
			}
			else if (!quoted && c == ';') {
				semicolons++;
			}
		}
		return semicolons > commas ? ';' : ',';
	}

	/** Where each line starts (CRLF, LF or CR ends a line), to turn a record's position into its line number. */
	private static int[] lineStarts(String text) {
		List<Integer> starts = new ArrayList<>();
		starts.add(0);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
				starts.add(i + 1);
			}
		}
		return starts.stream().mapToInt(Integer::intValue).toArray();
	}

	/** The line a record starts on; its position is before the empty lines skipped ahead of it. */
	private static int line(String text, int[] lineStarts, long position) {
		int start = (int) position;
		while (start < text.length() && (text.charAt(start) == '\r' || text.charAt(start) == '\n')) {
			start++;
		}
		int found = Arrays.binarySearch(lineStarts, start);
		return found >= 0 ? found + 1 : -found - 1;
	}

	private static void limit(int rows) {
		if (rows > MAX_ROWS) {
			throw fileProblem("too-many-rows",
					"An import has at most " + MAX_ROWS + " rows: split the file", null);
		}
	}

	private static String text(byte[] body) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(body))
				.toString();
		}
		catch (CharacterCodingException notUtf8) {
			throw fileProblem("not-utf8", "The file is not UTF-8 text: save it as UTF-8 (CSV UTF-8 in a spreadsheet)",
					null);
		}
	}

	static Problem fileProblem(String code, String detail, Problem.@Nullable FieldError error) {
		return new Problem(HttpStatus.BAD_REQUEST, code, detail, error == null ? List.of() : List.of(error));
	}
}
