package org.pilotage.governance;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

import static org.pilotage.shared.PdfCells.cell;
import static org.pilotage.shared.PdfCells.figure;
import static org.pilotage.shared.PdfCells.font;

/**
 * A weekly report as a PDF, in one language, rendered from the archived report (so the same archive gives the same
 * figures in every language and on every download): the week and the parties, the KPIs beside the previous week, the
 * breaches and items at risk, the oldest open items, the deliverables due, the risk warnings, the month's service
 * credits (when the engagement has a credit contract), the decisions and actions. The look of the statements' PDF,
 * with the same {@link org.pilotage.shared.PdfCells}.
 */
final class WeeklyReportPdf {

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private WeeklyReportPdf() {
	}

	static byte[] write(WeeklyReport report, int revision, MessageSource messages, Locale locale) {
		Labels labels = new Labels(messages, locale, ZoneId.of(report.zone()));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
		PdfWriter.getInstance(document, bytes);
		document.open();
		Font normal = font(9, Font.NORMAL);
		Font bold = font(9, Font.BOLD);
		Font section = font(11, Font.BOLD);
		document.add(new Paragraph(labels.text("title"), font(16, Font.BOLD)));
		document.add(new Paragraph(labels.text("heading", report.engagementTitle(), report.week(),
				report.monday().toString(), report.sunday().toString(), report.zone()), section));
		document.add(new Paragraph(labels.text("parties", report.clientName(), report.providerName()), normal));
		document.add(new Paragraph(labels.text("generated", labels.instant(report.generatedAt()), revision), normal));

		heading(document, labels.text("kpis"), section);
		PdfPTable kpis = table(new float[] { 4, 2, 2, 2 });
		header(kpis, bold, labels.text("kpi"), labels.text("thisWeek"), labels.text("previousWeek"),
				labels.text("change"));
		KpiFormat format = new KpiFormat(messages, locale);
		for (WeeklyReport.Figure figure : report.figures()) {
			Kpi kpi = CreditContracts.kpi(figure.kpi()).orElseThrow();
			kpis.addCell(cell(messages.getMessage(kpi.nameKey(), null, figure.kpi(), locale), normal));
			kpis.addCell(figure(format.value(kpi, figure.value()), normal));
			kpis.addCell(figure(format.value(kpi, figure.previous()), normal));
			String change = format.change(kpi, figure.value(), figure.previous());
			kpis.addCell(figure(change == null ? "—" : change, normal));
		}
		document.add(kpis);

		items(document, labels, labels.text("breaches"), report.breaches(), true, section, normal, bold);
		items(document, labels, labels.text("atRisk"), report.atRisk(), true, section, normal, bold);
		items(document, labels, labels.text("oldestOpen"), report.oldestOpen(), false, section, normal, bold);
		items(document, labels, labels.text("deliverablesDue", report.dueUntil().toString()), report.deliverablesDue(),
				false, section, normal, bold);

		heading(document, labels.text("risks"), section);
		if (report.risks().isEmpty()) {
			document.add(new Paragraph(labels.text("noRisks"), normal));
		}
		for (WeeklyReport.Risk risk : report.risks()) {
			document.add(new Paragraph(labels.text("risk." + risk.level().name()) + " · "
					+ messages.getMessage(risk.messageKey(), new Object[] { risk.value(), risk.threshold() }, risk.code(),
							locale), normal));
		}

		WeeklyReport.Credits credits = report.credits();
		if (credits != null) {
			CreditLabels money = CreditStatementFiles.labels(messages, locale);
			CreditStatement statement = credits.statement();
			heading(document, labels.text("credits", money.month(statement.month())), section);
			document.add(new Paragraph(credits.provisional() || credits.issuedAt() == null
					? labels.text("creditsProvisional") : labels.text("creditsIssued", labels.instant(credits.issuedAt())),
					normal));
			PdfPTable levels = table(new float[] { 4, 3, 3, 2 });
			header(levels, bold, money.text("kpi"), money.text("measure"), money.text("band"), money.text("credit"));
			for (CreditLines.Line line : CreditLines.of(statement, money)) {
				levels.addCell(cell(messages.getMessage("governance.kpi." + line.kpi() + ".name", null, line.kpi(),
						locale), normal));
				levels.addCell(figure(line.measure(), normal));
				levels.addCell(cell(line.band(), normal));
				levels.addCell(figure(line.credit(), normal));
			}
			levels.addCell(cell(money.text("total"), bold));
			levels.addCell(cell("", normal));
			levels.addCell(cell("", normal));
			levels.addCell(figure(money.money(statement.total(), statement.currency()), bold));
			document.add(levels);
		}

		heading(document, labels.text("actions"), section);
		if (report.actions().isEmpty()) {
			document.add(new Paragraph(labels.text("none"), normal));
		}
		else {
			PdfPTable actions = table(new float[] { 1.5f, 6, 2.5f, 1.5f, 1.5f });
			header(actions, bold, labels.text("action.kind"), labels.text("action.text"), labels.text("action.owner"),
					labels.text("action.due"), labels.text("action.status"));
			for (WeeklyReport.Action action : report.actions()) {
				actions.addCell(cell(labels.text("action.kind." + action.kind().name()), normal));
				actions.addCell(cell(action.text(), normal));
				actions.addCell(cell(action.owner() == null ? "—" : action.owner(), normal));
				actions.addCell(cell(labels.date(action.dueDate()), normal));
				actions.addCell(cell(labels.text("action.status." + action.status().name()), normal));
			}
			document.add(actions);
		}
		document.add(new Paragraph(" ", normal));
		document.add(new Paragraph(labels.text("shared"), font(8, Font.ITALIC)));
		document.close();
		return bytes.toByteArray();
	}

	private static void items(Document document, Labels labels, String title, List<WeeklyReport.Item> items,
			boolean sla, Font section, Font normal, Font bold) {
		heading(document, title, section);
		if (items.isEmpty()) {
			document.add(new Paragraph(labels.text("none"), normal));
			return;
		}
		PdfPTable table = table(new float[] { 1, 6, 1, 2, 2.5f, 2 });
		header(table, bold, labels.text("item.number"), labels.text("item.title"), labels.text("item.priority"),
				labels.text("item.status"), sla ? labels.text("item.metric") : labels.text("item.created"),
				sla ? labels.text("item.at") : labels.text("item.due"));
		for (WeeklyReport.Item item : items) {
			table.addCell(cell("#" + item.number(), normal));
			table.addCell(cell(item.title(), normal));
			table.addCell(cell(item.priority(), normal));
			table.addCell(cell(labels.status(item.status()), normal));
			if (sla) {
				table.addCell(cell(labels.metric(item.metric()), normal));
				table.addCell(cell(item.at() == null ? "—" : labels.instant(item.at()), normal));
			}
			else {
				table.addCell(cell(labels.instant(item.createdAt()), normal));
				table.addCell(cell(labels.date(item.dueDate()), normal));
			}
		}
		document.add(table);
	}

	private static void heading(Document document, String text, Font font) {
		Paragraph paragraph = new Paragraph(text, font);
		paragraph.setSpacingBefore(10);
		paragraph.setSpacingAfter(4);
		document.add(paragraph);
	}

	private static PdfPTable table(float[] widths) {
		PdfPTable table = new PdfPTable(widths);
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		return table;
	}

	private static void header(PdfPTable table, Font font, String... labels) {
		for (String label : labels) {
			table.addCell(cell(label, font));
		}
	}

	/** The report's words in one language, its instants in the engagement's zone (public methods: pages call them). */
	record Labels(MessageSource messages, Locale locale, ZoneId zone) {

		public String text(String key, Object... arguments) {
			return messages.getMessage("governance.report." + key, arguments, locale);
		}

		public String instant(Instant instant) {
			return MINUTE.format(instant.atZone(zone));
		}

		public String date(@Nullable LocalDate date) {
			return date == null ? "—" : date.toString();
		}

		public String metric(@Nullable String metric) {
			return metric == null ? "—" : messages.getMessage("sla.view.metric." + metric, null, metric, locale);
		}

		public String status(String status) {
			return messages.getMessage("work.status." + status, null, status, locale);
		}
	}
}
