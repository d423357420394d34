package org.pilotage.estimation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.pilotage.shared.PdfCells;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A saved estimate as a CSV file (one section per table, for a spreadsheet) and as a PDF (what a purchasing
 * manager forwards): the comparison, the ranges, and every assumption with its source.
 */
@Component
class EstimateExports {

	private final MessageSource messages;

	EstimateExports(MessageSource messages) {
		this.messages = messages;
	}

	/** The CSV of a saved estimate as a file download. */
	ResponseEntity<byte[]> csvFile(EstimateResult result, Locale locale) {
		return download(csv(result, locale), "text/csv; charset=UTF-8", "estimate-" + result.id() + ".csv");
	}

	/** The PDF of a saved estimate as a file download. */
	ResponseEntity<byte[]> pdfFile(EstimateResult result, Locale locale) {
		return download(pdf(result, locale), MediaType.APPLICATION_PDF_VALUE, "estimate-" + result.id() + ".pdf");
	}

	private static ResponseEntity<byte[]> download(byte[] body, String contentType, String filename) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, contentType)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}

	byte[] csv(EstimateResult result, Locale locale) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8),
				CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
			csv.printRecord("estimate", result.id(), "created", result.createdAt(), "referenceVersion",
					result.referenceVersion(), "currency", result.currency());
			csv.println();
			csv.printRecord("model", "totalCost", "monthlyCost", "deliveredDays", "costPerDeliveredDay",
					"timeToStartDays", "overlapHours", "overlapBelowRequired", "savingsVersusInHouse",
					"totalCostP10", "totalCostP50", "totalCostP90", "costPerDeliveredDayP10",
					"costPerDeliveredDayP50", "costPerDeliveredDayP90");
			for (EstimateResult.ModelResult m : result.models()) {
				csv.printRecord(m.model(), m.totalCost(), m.monthlyCost(), m.deliveredDays(),
						m.costPerDeliveredDay(), m.timeToStartDays(), m.overlapHours(), m.overlapBelowRequired(),
						m.savingsVersusInHouse(), m.percentiles().totalCost().p10(), m.percentiles().totalCost().p50(),
						m.percentiles().totalCost().p90(), m.percentiles().costPerDeliveredDay().p10(),
						m.percentiles().costPerDeliveredDay().p50(), m.percentiles().costPerDeliveredDay().p90());
			}
			csv.println();
			csv.printRecord("model", "component", "amount");
			for (EstimateResult.ModelResult m : result.models()) {
				for (Map.Entry<String, BigDecimal> part : m.breakdown().entrySet()) {
					csv.printRecord(m.model(), part.getKey(), part.getValue());
				}
			}
			EstimateResult.Assumptions assumptions = result.models().get(0).assumptions();
			csv.println();
			csv.printRecord("parameter", "value");
			for (Map.Entry<String, BigDecimal> parameter : assumptions.parameters().entrySet()) {
				csv.printRecord(parameter.getKey(), parameter.getValue());
			}
			csv.println();
			csv.printRecord("role", "seniority", "count", "location", "figure", "valueEur", "source", "derived",
					"assumption", "overridden", "explanation");
			for (EstimateResult.RowAssumptions row : assumptions.rows()) {
				for (Map.Entry<String, EstimateResult.Basis> figure : row.basis().entrySet()) {
					EstimateResult.Basis basis = figure.getValue();
					csv.printRecord(row.role(), row.seniority(), row.count(), row.location(), figure.getKey(),
							row.figure(figure.getKey()), basis.source(), basis.derived(), basis.assumption(),
							basis.overridden(), basis.explanation());
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	byte[] pdf(EstimateResult result, Locale locale) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
		PdfWriter.getInstance(document, bytes);
		document.open();
		Font title = font(16, Font.BOLD);
		Font bold = font(8, Font.BOLD);
		Font normal = font(8, Font.NORMAL);
		NumberFormat money = NumberFormat.getNumberInstance(locale);
		money.setMaximumFractionDigits(0);
		document.add(new Paragraph(text("estimate.pdf.title", locale), title));
		document.add(new Paragraph(text("estimate.pdf.subtitle", locale, result.input().durationMonths(),
				result.input().clientCountry(), result.currency(), result.referenceVersion(),
				result.input().seed(), result.input().samples(), result.id()), normal));
		document.add(new Paragraph(" ", normal));

		PdfPTable models = new PdfPTable(9);
		models.setWidthPercentage(100);
		for (String key : new String[] { "estimate.model", "estimate.totalCost", "estimate.monthlyCost",
				"estimate.range", "estimate.deliveredDays", "estimate.costPerDeliveredDay", "estimate.timeToStart",
				"estimate.overlap", "estimate.savings" }) {
			models.addCell(cell(text(key, locale), bold));
		}
		for (EstimateResult.ModelResult m : result.models()) {
			models.addCell(cell(text("estimate.model." + m.model(), locale), bold));
			models.addCell(number(money, m.totalCost(), normal));
			models.addCell(number(money, m.monthlyCost(), normal));
			models.addCell(cell(format(money, m.percentiles().totalCost().p10()) + " – "
					+ format(money, m.percentiles().totalCost().p90()), normal));
			models.addCell(number(money, m.deliveredDays(), normal));
			models.addCell(number(money, m.costPerDeliveredDay(), normal));
			models.addCell(number(money, BigDecimal.valueOf(m.timeToStartDays()), normal));
			models.addCell(cell(m.overlapHours().stripTrailingZeros().toPlainString() + " h"
					+ (m.overlapBelowRequired() ? " (!)" : ""), normal));
			models.addCell(number(money, m.savingsVersusInHouse(), normal));
		}
		document.add(models);

		document.add(new Paragraph(" ", normal));
		document.add(new Paragraph(text("estimate.assumptions", locale), font(11, Font.BOLD)));
		EstimateResult.Assumptions assumptions = result.models().get(0).assumptions();
		PdfPTable parameters = new PdfPTable(new float[] { 3, 1 });
		parameters.setWidthPercentage(50);
		parameters.setHorizontalAlignment(Element.ALIGN_LEFT);
		assumptions.parameters().forEach((key, value) -> {
			parameters.addCell(cell(key, normal));
			parameters.addCell(cell(value.stripTrailingZeros().toPlainString(), normal));
		});
		document.add(parameters);
		document.add(new Paragraph(" ", normal));
		PdfPTable figures = new PdfPTable(new float[] { 2, 2, 1, 1, 2, 2, 1, 5 });
		figures.setWidthPercentage(100);
		for (String key : new String[] { "estimate.role", "estimate.seniority", "estimate.count", "estimate.location",
				"estimate.figure", "estimate.valueEur", "estimate.source", "estimate.explanation" }) {
			figures.addCell(cell(text(key, locale), bold));
		}
		for (EstimateResult.RowAssumptions row : assumptions.rows()) {
			for (Map.Entry<String, EstimateResult.Basis> figure : row.basis().entrySet()) {
				EstimateResult.Basis basis = figure.getValue();
				figures.addCell(cell(row.role(), normal));
				figures.addCell(cell(row.seniority(), normal));
				figures.addCell(cell(Integer.toString(row.count()), normal));
				figures.addCell(cell(row.location(), normal));
				figures.addCell(cell(figure.getKey(), normal));
				figures.addCell(number(money, row.figure(figure.getKey()), normal));
				figures.addCell(cell(basis.source() + (basis.assumption() ? " *" : ""), normal));
				figures.addCell(cell(basis.explanation(), normal));
			}
		}
		document.add(figures);
		document.add(new Paragraph(text("estimate.pdf.assumptionMark", locale), normal));
		document.add(new Paragraph(" ", normal));
		result.sources().forEach((key, citation) -> document.add(new Paragraph(key + " — " + citation, normal)));
		document.close();
		return bytes.toByteArray();
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, key, locale);
	}

	private static Font font(float size, int style) {
		return PdfCells.font(size, style);
	}

	private static PdfPCell cell(String text, Font font) {
		return PdfCells.cell(text, font);
	}

	private static PdfPCell number(NumberFormat format, @Nullable BigDecimal value, Font font) {
		return PdfCells.figure(format(format, value), font);
	}

	private static String format(NumberFormat format, @Nullable BigDecimal value) {
		return value == null ? "—" : format.format(value);
	}
}
