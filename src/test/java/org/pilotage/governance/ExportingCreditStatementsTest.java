package org.pilotage.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pilotage.governance.IssuingServiceCreditStatementsTest.CONTRACT;
import static org.pilotage.governance.IssuingServiceCreditStatementsTest.MARCH;
import static org.pilotage.governance.IssuingServiceCreditStatementsTest.level;
import static org.pilotage.governance.IssuingServiceCreditStatementsTest.measures;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.function.Function;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.pilotage.governance.CreditContract.Band;
import org.pilotage.governance.CreditContract.Direction;
import org.pilotage.governance.CreditContract.ServiceLevel;

/**
 * A statement written as CSV and PDF in English and French, then read back: the CSV with a CSV parser, the PDF with
 * OpenPDF's text extractor.
 */
class ExportingCreditStatementsTest {

	/**
	 * The over-allocated contract of the cap example (the pool at 150 %, three levels of 50 %): compliance and repair
	 * below their minimum, 2 × 6,000 × 50 % = 6,000.00, exactly the cap; no CSAT measure this month.
	 */
	static final CreditStatement CAPPED = overAllocated(
			measures("sla-compliance", "80", "mttr-hours", "12", "reopen-rate", "3.25"));

	/** The same with the CSAT at 3: 3 × 3,000.00 = 9,000.00 before the cap, 6,000.00 owed. */
	static final CreditStatement OVER_CAP = overAllocated(
			measures("sla-compliance", "80", "mttr-hours", "12", "csat-average", "3"));

	static CreditStatement overAllocated(Map<String, BigDecimal> measures) {
		return ServiceCredits.statement(CONTRACT.withAllocationTotal(new BigDecimal("150"))
			.withLevels(List.of(level("sla-compliance", Direction.HIGHER_IS_BETTER, "95", "90", "50"),
					level("mttr-hours", Direction.LOWER_IS_BETTER, "4", "8", "50"),
					level("csat-average", Direction.HIGHER_IS_BETTER, "4.5", "4.0", "50"))),
				MARCH, measures);
	}

	static Function<String, String> bundle(Locale locale) {
		ResourceBundle bundle = ResourceBundle.getBundle("i18n/governance-credits", locale,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		return bundle::getString;
	}

	static List<CSVRecord> readBack(byte[] csv) throws IOException {
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		return CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
	}

	static List<String> cells(CSVRecord record) {
		return record.toList();
	}

	@Test
	void theCsvReadsBackWithEveryLineTheTotalsAndTheReportedKpis() throws IOException {
		byte[] csv = CreditStatementCsv.write(OVER_CAP, bundle(Locale.ENGLISH), Locale.ENGLISH);

		assertThat(new String(csv, StandardCharsets.UTF_8)).contains("\r\n");
		List<CSVRecord> rows = readBack(csv);
		assertThat(cells(rows.get(0))).containsExactly("Month", "2026-03");
		assertThat(cells(rows.get(1))).containsExactly("Currency", "EUR");
		assertThat(cells(rows.get(2))).containsExactly("Monthly fee", "50000.00");
		assertThat(cells(rows.get(3))).containsExactly("At-risk share (%)", "12");
		assertThat(cells(rows.get(4))).containsExactly("Cap (fee × at-risk share)", "6000.00");
		assertThat(cells(rows.get(6))).containsExactly("KPI", "Direction", "Measure", "Target", "Minimum",
				"Allocation (%)", "Band", "Factor", "Credit");
		assertThat(cells(rows.get(7))).containsExactly("sla-compliance", "Higher is better", "80", "95", "90", "50",
				"Minimum missed", "1", "3000.00");
		assertThat(cells(rows.get(8))).containsExactly("mttr-hours", "Lower is better", "12", "4", "8", "50",
				"Minimum missed", "1", "3000.00");
		assertThat(cells(rows.get(9))).containsExactly("csat-average", "Higher is better", "3", "4.5", "4.0", "50",
				"Minimum missed", "1", "3000.00");
		assertThat(cells(rows.get(11))).containsExactly("Total before the cap", "9000.00");
		assertThat(cells(rows.get(12))).containsExactly("Cap reached", "yes");
		assertThat(cells(rows.get(13))).containsExactly("Credit owed", "6000.00");
		assertThat(cells(rows.get(15))).containsExactly("Reported without credit");
		assertThat(cells(rows.get(16))).containsExactly("KPI", "Measure");
		assertThat(cells(rows.get(17))).containsExactly("reopen-rate", "");
		assertThat(cells(rows.get(18))).containsExactly("throughput", "");
		assertThat(rows).hasSize(19);
	}

	@Test
	void theFrenchCsvSaysThatALevelHadNoMeasure() throws IOException {
		List<CSVRecord> rows = readBack(CreditStatementCsv.write(CAPPED, bundle(Locale.FRENCH), Locale.FRENCH));

		assertThat(cells(rows.get(0))).containsExactly("Mois", "2026-03");
		assertThat(cells(rows.get(9))).containsExactly("csat-average", "Plus haut, c'est mieux", "", "4.5", "4.0", "50",
				"Pas de mesure ce mois-ci : pas de pénalité", "", "0.00");
		assertThat(cells(rows.get(11))).containsExactly("Total avant plafond", "6000.00");
		assertThat(cells(rows.get(12))).containsExactly("Plafond atteint", "oui");
		assertThat(cells(rows.get(13))).containsExactly("Pénalité due", "6000.00");
		assertThat(cells(rows.get(17))).containsExactly("reopen-rate", "3.25");
	}

	@Test
	void aKpiCodeOrBandNameThatLooksLikeAFormulaIsDefusedAndOneWithACommaIsQuoted() throws IOException {
		CreditContract hostile = CreditContract.of("EUR", new BigDecimal("1000"), BigDecimal.TEN,
				List.of(new ServiceLevel("=HYPERLINK(\"http://x\")", Direction.HIGHER_IS_BETTER, BigDecimal.TEN,
						BigDecimal.ONE, new BigDecimal("100"))),
				List.of("@SUM(A1)", "on time, all"))
			.withBands(List.of(new Band("target-met", BigDecimal.ZERO, BigDecimal.ZERO),
					new Band("-1+1", null, BigDecimal.ONE)));
		CreditStatement statement = ServiceCredits.statement(hostile, MARCH,
				measures("=HYPERLINK(\"http://x\")", "0", "on time, all", "-2"));

		byte[] csv = CreditStatementCsv.write(statement, bundle(Locale.ENGLISH), Locale.ENGLISH);

		assertThat(new String(csv, StandardCharsets.UTF_8)).contains("\"'=HYPERLINK(\"\"http://x\"\")\"")
			.contains("\"on time, all\",-2");
		List<CSVRecord> rows = readBack(csv);
		// 1,000 × 10 % × 100 % × 1 = 100.00; the band's own name, defused
		assertThat(cells(rows.get(7))).containsExactly("'=HYPERLINK(\"http://x\")", "Higher is better", "0", "10", "1",
				"100", "'-1+1", "1", "100.00");
		assertThat(cells(rows.get(15))).containsExactly("'@SUM(A1)", "");
		// a negative figure stays a number
		assertThat(cells(rows.get(16))).containsExactly("on time, all", "-2");
	}

	@Test
	void thePdfOpensOnOnePageAndHoldsTheLinesAndTheTotalInBothLanguages() throws IOException {
		String english = text(CreditStatementPdf.write(OVER_CAP, bundle(Locale.ENGLISH), Locale.ENGLISH));
		assertThat(english).contains("Service-credit statement", "Service credits for March 2026",
				"The cap was reached: 9,000.00 EUR of credits, 6,000.00 EUR owed.", "throughput")
			.containsPattern("Cap \\(fee × at-risk share\\) ?6,000\\.00 EUR")
			.containsPattern("sla-compliance ?Higher is better ?80 ?95 ?90 ?50 ?Minimum missed ?1 ?3,000\\.00 EUR")
			.containsPattern("Total before the cap ?9,000\\.00 EUR")
			.containsPattern("Credit owed ?6,000\\.00 EUR");

		String french = text(CreditStatementPdf.write(CAPPED, bundle(Locale.FRENCH), Locale.FRENCH));
		assertThat(french).contains("Pénalités de service de mars 2026", "Pas de mesure ce mois-ci : pas de pénalité",
				"l'unité mineure de la devise")
			.containsPattern("Pénalité due ?6 000,00 EUR")
			.containsPattern("reopen-rate ?3,25");
	}

	@Test
	void aProvisionalStatementSaysSoAtTheEndOfItsCsvAndUnderTheHeadingOfItsPdf() throws IOException {
		CreditLabels english = new CreditLabels(bundle(Locale.ENGLISH), Locale.ENGLISH);
		List<CSVRecord> issued = readBack(CreditStatementCsv.write(OVER_CAP, english, false));
		List<CSVRecord> provisional = readBack(CreditStatementCsv.write(OVER_CAP, english, true));

		assertThat(provisional.subList(0, issued.size())).map(ExportingCreditStatementsTest::cells)
			.isEqualTo(issued.stream().map(ExportingCreditStatementsTest::cells).toList());
		assertThat(cells(provisional.get(provisional.size() - 1))).containsExactly("Status", "Provisional");
		assertThat(text(CreditStatementPdf.write(OVER_CAP, english, true)))
			.contains("Service credits for March 2026 Provisional: the month is still running.");
		assertThat(text(CreditStatementPdf.write(OVER_CAP, english, false))).doesNotContain("Provisional");
		assertThat(text(CreditStatementPdf.write(OVER_CAP, new CreditLabels(bundle(Locale.FRENCH), Locale.FRENCH), true)))
			.contains("Provisoire : le mois est en cours.");
	}

	@Test
	void everyLabelIsInEnglishAndInFrench() throws IOException {
		Properties english = properties("i18n/governance-credits.properties");
		Properties french = properties("i18n/governance-credits_fr.properties");

		assertThat(french.stringPropertyNames()).isEqualTo(english.stringPropertyNames())
			.allMatch(key -> key.startsWith("governance.credit."));
		assertThat(english.stringPropertyNames()).filteredOn(key -> french.getProperty(key).equals(english.getProperty(key)))
			.containsOnly("governance.credit.minimum", "governance.credit.allocation");
	}

	/** One file alone, without the parent a resource bundle would add. */
	static Properties properties(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = ExportingCreditStatementsTest.class.getClassLoader().getResourceAsStream(resource)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	/**
	 * The first page's text, with no-break spaces read as spaces and runs of blanks as one; the statement fits on one
	 * page. The extractor may join a table's cells without a space, hence the optional spaces in the patterns.
	 */
	static String text(byte[] pdf) throws IOException {
		PdfReader reader = new PdfReader(pdf);
		try {
			assertThat(reader.getNumberOfPages()).isEqualTo(1);
			return new PdfTextExtractor(reader).getTextFromPage(1).replace('\u00a0', ' ').replaceAll("\\s+", " ");
		}
		finally {
			reader.close();
		}
	}
}
