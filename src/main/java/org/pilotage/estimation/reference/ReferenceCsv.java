package org.pilotage.estimation.reference;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The CSV form of a dataset: UTF-8, a header row with the dataset's column names (in any order), one row per
 * line, RFC 4180 quoting. Reading checks every row and reports every problem with its line and column before
 * anything is written; writing produces exactly what reading accepts.
 */
final class ReferenceCsv {

	private static final CSVFormat READ = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
	private static final CSVFormat WRITE = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();
	static final int MAX_ROWS = 10_000;

	private ReferenceCsv() {
	}

	/**
	 * Parses and checks every cell of every row.
	 * @throws InvalidReferenceData listing every bad row, column and cell
	 */
	static List<Row> read(Dataset dataset, String text) {
		String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
		List<Issue> issues = new ArrayList<>();
		List<Row> rows = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(content), READ)) {
			long previousEnd = 0;
			Map<String, Integer> header = null;
			for (CSVRecord record : parser) {
				int line = (int) previousEnd + 1;
				previousEnd = parser.getCurrentLineNumber();
				if (record.size() == 1 && record.get(0).isBlank()) {
					continue;
				}
				if (header == null) {
					header = header(dataset, record, issues);
					if (!issues.isEmpty()) {
						throw new InvalidReferenceData(issues);
					}
					continue;
				}
				if (rows.size() + issues.size() >= MAX_ROWS) {
					issues.add(new Issue(line, dataset.columns().get(0).name(), "too-many-rows",
							"a file holds at most " + MAX_ROWS + " rows"));
					break;
				}
				if (record.size() != header.size()) {
					issues.add(new Issue(line, dataset.columns().get(Math.min(record.size(), header.size() - 1))
						.name(), "column-count", "has " + record.size() + " values, the header has " + header.size()));
					continue;
				}
				List<String> raw = new ArrayList<>();
				for (Dataset.Column column : dataset.columns()) {
					raw.add(record.get(header.get(column.name())));
				}
				Row row = ReferenceRules.row(dataset, line, raw, issues);
				if (row != null) {
					rows.add(row);
				}
			}
			if (header == null) {
				issues.add(new Issue(1, dataset.columns().get(0).name(), "missing-header",
						"the file is empty: the first line must name the columns " + String.join(",", dataset.header())));
			}
		}
		catch (IOException | IllegalStateException | IllegalArgumentException | UncheckedIOException unreadable) {
			issues.add(new Issue(0, "file", "unreadable", "is not valid CSV: " + unreadable.getMessage()));
		}
		if (!issues.isEmpty()) {
			throw new InvalidReferenceData(issues);
		}
		return rows;
	}

	private static Map<String, Integer> header(Dataset dataset, CSVRecord record, List<Issue> issues) {
		Map<String, Integer> positions = new HashMap<>();
		for (int i = 0; i < record.size(); i++) {
			String name = record.get(i).strip();
			if (!dataset.header().contains(name)) {
				issues.add(new Issue(1, name.isEmpty() ? "#" + (i + 1) : name, "unknown-column",
						"is not a column of " + dataset.id() + " (" + String.join(",", dataset.header()) + ")"));
			}
			else if (positions.putIfAbsent(name, i) != null) {
				issues.add(new Issue(1, name, "duplicate-column", "appears twice in the header"));
			}
		}
		for (String name : dataset.header()) {
			if (!positions.containsKey(name)) {
				issues.add(new Issue(1, name, "missing-column", "is missing from the header"));
			}
		}
		return positions;
	}

	static String write(Dataset dataset, List<Row> rows) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, WRITE)) {
			printer.printRecord(dataset.header());
			for (Row row : rows) {
				printer.printRecord(row.values());
			}
		}
		catch (IOException impossible) {
			throw new UncheckedIOException(impossible);
		}
		return out.toString();
	}
}
