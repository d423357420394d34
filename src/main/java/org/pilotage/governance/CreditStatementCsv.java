package org.pilotage.governance;

import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.function.Function;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.pilotage.governance.CreditStatement.LevelCredit;
import org.pilotage.governance.CreditStatement.ReportedKpi;

/**
 * A statement as CSV for a spreadsheet, written like work's lists: RFC 4180 (comma, CRLF, quotes only where needed
 * and doubled), UTF-8 with a byte order mark so that Excel reads accents right, and every text cell that starts
 * with = + - @ (or a tab or carriage return) prefixed with a single quote, so that a spreadsheet never runs a KPI
 * code or a band's name as a formula. Labels are in the reader's language; figures are written plainly (a dot
 * before the decimals, no grouping) so that they read back as numbers. Sections: the contract's money, the levels,
 * the totals, the KPIs reported without credit.
 */
final class CreditStatementCsv {

	private CreditStatementCsv() {
	}

	/** The statement with the labels of {@code messages} (a bundle key to its text) and the figures of {@code locale}. */
	static byte[] write(CreditStatement statement, Function<String, String> messages, Locale locale) {
		return write(statement, new CreditLabels(messages, locale));
	}

	static byte[] write(CreditStatement statement, CreditLabels labels) {
		return write(statement, labels, false);
	}

	/** The statement; a provisional one (of the month still running) ends with a row that says so. */
	static byte[] write(CreditStatement statement, CreditLabels labels, boolean provisional) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
				CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180)) {
			writer.write('\uFEFF');
			row(csv, labels.text("month"), statement.month());
			row(csv, labels.text("currency"), statement.currency());
			row(csv, labels.text("monthlyFee"), statement.monthlyFee());
			row(csv, labels.text("atRiskShare"), statement.atRiskShare());
			row(csv, labels.text("cap"), statement.cap());
			csv.println();
			row(csv, labels.text("kpi"), labels.text("direction"), labels.text("measure"), labels.text("target"),
					labels.text("minimum"), labels.text("allocation"), labels.text("band"), labels.text("factor"),
					labels.text("credit"));
			for (LevelCredit line : statement.levels()) {
				row(csv, line.level().kpi(), labels.direction(line.level().direction()), line.measure(),
						line.level().target(), line.level().minimum(), line.level().allocation(),
						labels.band(line.band()), line.band() == null ? null : line.band().factor(), line.credit());
			}
			csv.println();
			row(csv, labels.text("totalBeforeCap"), statement.totalBeforeCap());
			row(csv, labels.text("capReached"), labels.yesNo(statement.capReached()));
			row(csv, labels.text("total"), statement.total());
			csv.println();
			row(csv, labels.text("reported"));
			row(csv, labels.text("kpi"), labels.text("measure"));
			for (ReportedKpi kpi : statement.reported()) {
				row(csv, kpi.kpi(), kpi.measure());
			}
			if (provisional) {
				csv.println();
				row(csv, labels.text("status"), labels.text("status.provisional"));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	private static void row(CSVPrinter csv, @Nullable Object... cells) throws IOException {
		List<String> row = Arrays.stream(cells).map(CreditStatementCsv::cell).toList();
		csv.printRecord(row);
	}

	/** Figures as plain numbers, text guarded against formulas; an empty cell for what is missing. */
	static String cell(@Nullable Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal number) {
			return number.toPlainString();
		}
		String text = value.toString();
		return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
	}
}
