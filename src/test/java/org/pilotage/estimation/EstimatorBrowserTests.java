package org.pilotage.estimation;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.Select;
import org.pilotage.support.Browser;
import org.pilotage.support.BrowserAvailable;
import org.pilotage.support.H2Database;
import org.pilotage.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor, signed out, uses the estimator in a real browser: builds a two-row team, sees the five models in
 * the table and in both charts, changes an assumption and estimates again without losing the form, and
 * downloads the PDF.
 */
@H2Database
@Tag("browser")
@ExtendWith(BrowserAvailable.class)
class EstimatorBrowserTests extends IntegrationTest {

	private static Browser browser;

	private static ChromeDriver driver;

	@BeforeAll
	static void openBrowser() {
		browser = Browser.open();
		driver = browser.driver();
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void aVisitorComparesFiveModelsChangesAnAssumptionAndDownloadsThePdf() {
		driver.get(api.base() + "/estimate");
		browser.console();
		choose("team0.role", "BACKEND");
		choose("team0.seniority", "SENIOR");
		type("team0.count", "2");
		choose("team0.location", "MA");
		driver.findElement(By.cssSelector("[data-action=add-row]")).click();
		browser.waiting().until(d -> !d.findElements(By.id("team1.role")).isEmpty());
		choose("team1.role", "DEVOPS");
		choose("team1.seniority", "CONFIRMED");
		type("team1.count", "1");
		choose("team1.location", "MG");
		type("durationMonths", "18");
		driver.findElement(By.cssSelector("details.advanced summary")).click();
		type("samples", "2000");
		driver.findElement(By.cssSelector("[data-action=estimate]")).click();

		browser.waiting().until(d -> !d.findElements(By.id("results-table")).isEmpty());
		String first = URI.create(driver.getCurrentUrl()).getPath();
		assertThat(first).matches("/estimate/[0-9a-f-]{36}");
		assertThat(models()).containsExactly("IN_HOUSE", "FREELANCE", "SUBCONTRACTING", "DEDICATED_TEAM", "BPO");
		browser.waiting().until(d -> chartPoints("chart-totals", "xAxis[0].data") == 5);
		assertThat(chartPoints("chart-totals", "xAxis[0].data")).isEqualTo(5);
		assertThat(chartPoints("chart-cumulative", "series")).isEqualTo(5);
		assertThat(driver.findElements(By.cssSelector("#figures-table [data-role=assumption]")))
			.as("Madagascar's figures are shown as assumptions").isNotEmpty();
		browser.screenshot("estimate-results");
		double subcontractingBefore = total("SUBCONTRACTING");

		type("parameters.margin.agency", "0.6");
		driver.findElement(By.cssSelector("[data-action=re-estimate]")).click();

		browser.waiting().until(d -> !URI.create(d.getCurrentUrl()).getPath().equals(first));
		browser.waiting().until(d -> !d.findElements(By.id("results-table")).isEmpty());
		assertThat(total("SUBCONTRACTING")).isGreaterThan(subcontractingBefore);
		assertThat(driver.findElement(By.id("parameters.margin.agency")).getDomProperty("value")).isEqualTo("0.6");
		assertThat(new Select(driver.findElement(By.id("team1.location"))).getFirstSelectedOption().getDomAttribute("value"))
			.as("the team is kept").isEqualTo("MG");
		assertThat(driver.findElement(By.id("durationMonths")).getDomProperty("value")).isEqualTo("18");

		String pdf = driver.findElement(By.cssSelector("[data-role=pdf]")).getDomProperty("href");
		Object head = driver.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0]).then(r => r.arrayBuffer())
				  .then(b => done(String.fromCharCode(...new Uint8Array(b.slice(0, 5)))))
				  .catch(e => done('failed: ' + e));""", pdf);
		assertThat(head).isEqualTo("%PDF-");
		List<String> console = browser.console().stream().map(LogEntry::getMessage).toList();
		assertThat(console).noneMatch(line -> line.contains("Content Security Policy") || line.contains("Uncaught"));
	}

	@Test
	void aBadCountIsShownNextToItsField() {
		driver.get(api.base() + "/estimate");
		type("team0.count", "0");
		driver.findElement(By.cssSelector("[data-action=estimate]")).click();

		browser.waiting().until(d -> !d.findElements(By.cssSelector("[data-role=form-errors]")).isEmpty());
		WebElement cell = driver.findElement(By.id("team0.count")).findElement(By.xpath(".."));
		assertThat(cell.findElement(By.cssSelector(".field-error")).getText()).contains("1 and 1,000");
		assertThat(driver.findElement(By.id("team0.count")).getDomProperty("value")).isEqualTo("0");
	}

	private List<String> models() {
		return driver.findElements(By.cssSelector("#results-table tbody tr")).stream()
			.map(row -> row.getDomAttribute("data-model"))
			.toList();
	}

	private double total(String model) {
		String text = driver.findElement(By.cssSelector("#results-table tr[data-model=" + model + "] td")).getText();
		return Double.parseDouble(text.replaceAll("[^0-9.]", ""));
	}

	private long chartPoints(String id, String path) {
		Object count = driver.executeScript("""
				const chart = window.echarts && echarts.getInstanceByDom(document.getElementById(arguments[0]));
				if (!chart) { return -1; }
				const option = chart.getOption();
				return arguments[1] === 'series' ? option.series.length : option.xAxis[0].data.length;""", id, path);
		return ((Number) count).longValue();
	}

	private void choose(String id, String value) {
		new Select(driver.findElement(By.id(id))).selectByValue(value);
	}

	private void type(String id, String value) {
		WebElement input = driver.findElement(By.id(id));
		input.clear();
		input.sendKeys(value);
	}
}
