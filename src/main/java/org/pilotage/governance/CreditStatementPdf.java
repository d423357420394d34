package org.pilotage.governance;

import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.function.Function;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.pilotage.governance.CreditStatement.LevelCredit;
import org.pilotage.governance.CreditStatement.ReportedKpi;

import static org.pilotage.shared.PdfCells.cell;
import static org.pilotage.shared.PdfCells.figure;
import static org.pilotage.shared.PdfCells.font;

/**
 * A statement as a PDF, the one a client's purchasing manager files with the invoice: the month, the contract's fee,
 * at-risk share and cap, one row per critical level with its measure, band and credit, the totals and whether the
 * cap was reached, the KPIs reported without credit, and where the rounding happens. Built like the estimate's PDF,
 * with the same {@link org.pilotage.shared.PdfCells}.
 */
final class CreditStatementPdf {

	private CreditStatementPdf() {
	}

	/** The statement with the labels of {@code messages} (a bundle key to its text) and the figures of {@code locale}. */
	static byte[] write(CreditStatement statement, Function<String, String> messages, Locale locale) {
		return write(statement, new CreditLabels(messages, locale));
	}

	static byte[] write(CreditStatement statement, CreditLabels labels) {
		return write(statement, labels, false);
	}

	/**
	 * The statement; a provisional one (of the month still running) says so under its heading, so that it is never
	 * filed as the month's.
	 */
	static byte[] write(CreditStatement statement, CreditLabels labels, boolean provisional) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
		PdfWriter.getInstance(document, bytes);
		document.open();
		Font normal = font(9, Font.NORMAL);
		Font bold = font(9, Font.BOLD);
		String currency = statement.currency();
		document.add(new Paragraph(labels.text("statement.title"), font(16, Font.BOLD)));
		document.add(new Paragraph(labels.text("statement.heading", labels.month(statement.month())), font(11, Font.BOLD)));
		if (provisional) {
			document.add(new Paragraph(labels.text("provisional"), font(9, Font.BOLD)));
		}
		document.add(new Paragraph(" ", normal));

		PdfPTable contract = new PdfPTable(new float[] { 3, 2 });
		contract.setWidthPercentage(45);
		contract.setHorizontalAlignment(Element.ALIGN_LEFT);
		pair(contract, labels.text("monthlyFee"), labels.money(statement.monthlyFee(), currency), normal);
		pair(contract, labels.text("atRiskShare"), labels.number(statement.atRiskShare()), normal);
		pair(contract, labels.text("cap"), labels.money(statement.cap(), currency), normal);
		document.add(contract);
		document.add(new Paragraph(" ", normal));

		document.add(new Paragraph(labels.text("levels"), font(11, Font.BOLD)));
		PdfPTable levels = new PdfPTable(new float[] { 3, 2, 1.3f, 1.3f, 1.3f, 1.3f, 3, 1, 2 });
		levels.setWidthPercentage(100);
		levels.setHeaderRows(1);
		for (String key : new String[] { "kpi", "direction", "measure", "target", "minimum", "allocation", "band",
				"factor", "credit" }) {
			levels.addCell(cell(labels.text(key), bold));
		}
		for (LevelCredit line : statement.levels()) {
			levels.addCell(cell(line.level().kpi(), normal));
			levels.addCell(cell(labels.direction(line.level().direction()), normal));
			levels.addCell(figure(labels.number(line.measure()), normal));
			levels.addCell(figure(labels.number(line.level().target()), normal));
			levels.addCell(figure(labels.number(line.level().minimum()), normal));
			levels.addCell(figure(labels.number(line.level().allocation()), normal));
			levels.addCell(cell(labels.band(line.band()), normal));
			levels.addCell(figure(line.band() == null ? "—" : labels.number(line.band().factor()), normal));
			levels.addCell(figure(labels.money(line.credit(), currency), normal));
		}
		document.add(levels);
		document.add(new Paragraph(" ", normal));

		PdfPTable totals = new PdfPTable(new float[] { 3, 2 });
		totals.setWidthPercentage(45);
		totals.setHorizontalAlignment(Element.ALIGN_RIGHT);
		pair(totals, labels.text("totalBeforeCap"), labels.money(statement.totalBeforeCap(), currency), normal);
		pair(totals, labels.text("capReached"), labels.yesNo(statement.capReached()), normal);
		pair(totals, labels.text("total"), labels.money(statement.total(), currency), bold);
		document.add(totals);
		if (statement.capReached()) {
			document.add(new Paragraph(labels.text("capNote", labels.money(statement.totalBeforeCap(), currency),
					labels.money(statement.total(), currency)), normal));
		}
		document.add(new Paragraph(" ", normal));

		document.add(new Paragraph(labels.text("reported"), font(11, Font.BOLD)));
		if (statement.reported().isEmpty()) {
			document.add(new Paragraph(labels.text("noReported"), normal));
		}
		else {
			PdfPTable reported = new PdfPTable(new float[] { 3, 2 });
			reported.setWidthPercentage(45);
			reported.setHorizontalAlignment(Element.ALIGN_LEFT);
			reported.addCell(cell(labels.text("kpi"), bold));
			reported.addCell(cell(labels.text("measure"), bold));
			for (ReportedKpi kpi : statement.reported()) {
				reported.addCell(cell(kpi.kpi(), normal));
				reported.addCell(figure(labels.number(kpi.measure()), normal));
			}
			document.add(reported);
		}
		document.add(new Paragraph(" ", normal));
		document.add(new Paragraph(labels.text("rounding"), font(8, Font.ITALIC)));
		document.close();
		return bytes.toByteArray();
	}

	private static void pair(PdfPTable table, String label, String value, Font font) {
		table.addCell(cell(label, font));
		table.addCell(figure(value, font));
	}
}
