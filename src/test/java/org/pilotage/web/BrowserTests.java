package org.pilotage.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.pilotage.support.Api;
import org.pilotage.support.Browser;
import org.pilotage.support.BrowserAvailable;
import org.pilotage.support.Demo;
import org.pilotage.support.H2Database;
import org.pilotage.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages as a person uses them, in a real browser: sign-in per role, navigation, language, API
 * tokens, access refused, a phone-sized screen and the Content-Security-Policy. One browser serves the
 * whole class (it is slow to start); every test begins signed out, without cookies.
 */
@H2Database
@Tag("browser")
@ExtendWith(BrowserAvailable.class)
class BrowserTests extends IntegrationTest {

	private static final List<String> EVERYONE = List.of("home", "engagements", "work", "dashboard", "calendars", "profile", "api-docs");

	private static Browser browser;

	private static ChromeDriver driver;

	@Autowired
	MessageSource messages;

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

	@BeforeEach
	void startSignedOut() {
		driver.manage().window().setSize(new Dimension(1280, 900));
		// Cookies can only be deleted for the site being shown; a stylesheet opens no session.
		driver.get(url("/css/pilotage.css"));
		driver.manage().deleteAllCookies();
	}

	@Test
	void platformAdminSeesAdministrationAndAudit() {
		signIn(Demo.ADMIN);

		assertThat(path()).isEqualTo("/");
		assertThat(navigation())
			.containsExactlyInAnyOrderElementsOf(everyoneAnd("organizations", "users", "estimation-reference", "audit",
					"people", "talent-search"));
		browser.screenshot("home-platform-admin");
	}

	@Test
	void auditorSeesTheAuditTrailButNoAdministration() {
		signIn(Demo.AUDITOR);

		assertThat(path()).isEqualTo("/");
		assertThat(navigation()).containsExactlyInAnyOrderElementsOf(everyoneAnd("audit"));
	}

	@ParameterizedTest
	@CsvSource({ Demo.CLIENT_ADMIN + ",", Demo.CLIENT_MEMBER + ",", Demo.PROVIDER_MANAGER + ",planner people talent-search timesheets",
			Demo.PROVIDER_AGENT + ",planner people timesheets", Demo.FREELANCER + ",people timesheets",
			Demo.FREELANCER_2 + ",people timesheets" })
	void organizationMembersSeeNeitherAdministrationNorAudit(String email, String talentPages) {
		signIn(email);

		assertThat(path()).isEqualTo("/");
		assertThat(navigation()).containsExactlyInAnyOrderElementsOf(
				everyoneAnd(talentPages == null ? new String[0] : talentPages.split(" ")));
		assertThat(driver.findElements(By.cssSelector("[data-organization]"))).isNotEmpty();
	}

	@Test
	void aWrongPasswordShowsTheErrorAndStaysOnTheSignInPage() {
		submitSignIn(Demo.PROVIDER_AGENT, "not-the-password");
		browser.waiting().until(d -> d.getCurrentUrl().contains("error"));

		assertThat(path()).isEqualTo("/login");
		assertThat(driver.findElement(By.cssSelector("main [role=alert]")).getText()).isEqualTo(message("login.error"));
		assertThat(driver.findElements(By.cssSelector("[data-nav]"))).isEmpty();
		browser.screenshot("sign-in-error");
	}

	@Test
	void theSignInPageSpeaksTheBrowsersLanguage() {
		try (Browser french = Browser.open("fr-FR")) {
			french.driver().get(url("/login"));

			assertThat(french.driver().findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("fr");
			assertThat(french.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Connexion");
		}
	}

	@Test
	void switchingTheLanguageTranslatesThePagesAndIsRemembered() {
		signIn(Demo.ADMIN);
		assertThat(language()).isEqualTo("en");

		driver.findElement(By.cssSelector("[data-lang=fr]")).click();
		browser.waiting().until(d -> "fr".equals(language()));
		assertThat(navigationLink("home").getText()).isEqualTo("Accueil");
		browser.screenshot("home-french");

		navigationLink("profile").click();
		browser.waiting().until(d -> path().equals("/profile"));
		assertThat(language()).isEqualTo("fr");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Profil");
		assertThat(driver.manage().getCookieNamed("pilotage-lang")).extracting(Cookie::getValue).isEqualTo("fr");

		driver.findElement(By.cssSelector("[data-lang=en]")).click();
		browser.waiting().until(d -> "en".equals(language()));
		assertThat(navigationLink("home").getText()).isEqualTo("Home");

		navigationLink("home").click();
		browser.waiting().until(d -> path().equals("/"));
		assertThat(language()).isEqualTo("en");
		assertThat(navigationLink("home").getText()).isEqualTo("Home");
	}

	@Test
	void aNewApiTokenIsShownOnceAndCallsTheApiAsItsOwner() {
		signIn(Demo.FREELANCER_2);
		navigationLink("profile").click();
		browser.waiting().until(d -> path().equals("/profile"));

		driver.findElement(By.id("token-name")).sendKeys("Browser test");
		driver.findElement(By.cssSelector("[data-action=create-token]")).click();
		String token = browser.waiting().until(d -> d.findElement(By.id("new-token"))).getText();
		browser.screenshot("profile-new-token");

		Api.Response me = api.get("/api/v1/me", token);
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.body().get("email").asString()).isEqualTo(Demo.FREELANCER_2);

		driver.navigate().refresh();
		assertThat(path()).isEqualTo("/profile");
		assertThat(driver.findElements(By.id("new-token"))).isEmpty();
		assertThat(driver.getPageSource()).doesNotContain(token);
	}

	@Test
	void aClientMemberOpeningAnAdministrationPageGetsTheForbiddenPage() {
		signIn(Demo.CLIENT_MEMBER);

		driver.get(url("/admin/organizations"));

		assertThat(driver.findElement(By.tagName("h1")).getText()).endsWith("403");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains(message("error.forbidden"));
		assertThat(driver.findElements(By.cssSelector("form[action$='/admin/organizations']"))).isEmpty();
		assertThat(navigation()).doesNotContain("organizations", "users", "audit");
		browser.screenshot("forbidden");
	}

	@Test
	void switchingTheLanguageOnAnErrorPageKeepsTheError() {
		signIn(Demo.CLIENT_MEMBER);
		driver.get(url("/admin/organizations?lang=fr"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Erreur 403");

		driver.findElement(By.cssSelector("[data-lang=en]")).click();
		browser.waiting().until(d -> "en".equals(language()));

		assertThat(path()).isEqualTo("/admin/organizations");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Error 403");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains(message("error.forbidden"));
	}

	@Test
	void thePagesFitAPhoneScreen() {
		signIn(Demo.ADMIN);
		driver.manage().window().setSize(new Dimension(390, 844));

		for (String page : List.of("/", "/profile", "/admin/organizations")) {
			driver.get(url(page));
			long viewport = number("return window.innerWidth");
			long content = number("return document.documentElement.scrollWidth");

			assertThat(viewport).as("viewport width").isLessThanOrEqualTo(390);
			assertThat(content).as("width of %s", page).isLessThanOrEqualTo(viewport);
			assertThat(navigationLink("home").isDisplayed()).as("navigation on %s", page).isTrue();
		}
		driver.get(url("/"));
		browser.screenshot("home-phone");
	}

	@Test
	void theContentSecurityPolicyLetsThePageWork() {
		browser.console();
		signIn(Demo.ADMIN);

		driver.get(url("/profile"));

		List<String> console = browser.console().stream().map(LogEntry::getMessage).toList();
		assertThat(console).noneMatch(line -> line.contains("Content Security Policy"));
		assertThat(driver.executeScript("return typeof window.htmx")).isEqualTo("object");
		assertThat(driver.findElement(By.cssSelector(".topbar")).getCssValue("background-color"))
			.as("the stylesheet is applied")
			.isEqualTo("rgba(20, 37, 61, 1)");
		assertThat(api.get("/login", null).header("Content-Security-Policy")).hasValueSatisfying(
				policy -> assertThat(policy).contains("script-src 'self'", "style-src 'self'"));
	}

	private void signIn(String email) {
		submitSignIn(email, Demo.PASSWORD);
		browser.waiting().until(d -> !path().equals("/login"));
	}

	private void submitSignIn(String email, String password) {
		driver.get(url("/login"));
		driver.findElement(By.id("username")).sendKeys(email);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.cssSelector("[data-action=sign-in]")).click();
	}

	/** The navigation links the signed-in user can see. */
	private List<String> navigation() {
		return driver.findElements(By.cssSelector("[data-nav]")).stream()
			.filter(WebElement::isDisplayed)
			.map(link -> link.getDomAttribute("data-nav"))
			.toList();
	}

	private WebElement navigationLink(String name) {
		return driver.findElement(By.cssSelector("[data-nav=" + name + "]"));
	}

	private static List<String> everyoneAnd(String... more) {
		return Stream.concat(EVERYONE.stream(), Stream.of(more)).toList();
	}

	private String language() {
		return String.valueOf(driver.executeScript("return document.documentElement.lang"));
	}

	/** A message in the language of the page shown, as the page should render it. */
	private String message(String key) {
		return messages.getMessage(key, null, Locale.forLanguageTag(language()));
	}

	private long number(String script) {
		return ((Number) driver.executeScript(script)).longValue();
	}

	private String path() {
		return URI.create(driver.getCurrentUrl()).getPath();
	}

	private String url(String path) {
		return api.base() + path;
	}
}
