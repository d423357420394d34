package org.pilotage.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven by the system chromedriver, with a throw-away profile. The driver
 * executable is always given, so Selenium never tries to download one.
 */
public final class Browser implements AutoCloseable {

	public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
	public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
	public static final String DEFAULT_LANGUAGE = "en-US";

	/**
	 * Selenium looks for DevTools classes matching the browser on start-up and warns when there are none;
	 * these tests only use WebDriver commands, so the warning is noise. Held here so it is not collected.
	 */
	private static final Logger CDP_VERSION_FINDER = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

	static {
		CDP_VERSION_FINDER.setLevel(Level.SEVERE);
	}

	private final ChromeDriver driver;
	private final Path profile;

	private Browser(ChromeDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	/** A browser whose Accept-Language is {@value #DEFAULT_LANGUAGE}. */
	public static Browser open() {
		return open(DEFAULT_LANGUAGE);
	}

	/** A browser that asks for {@code language} first, both in its UI and in its Accept-Language. */
	public static Browser open(String language) {
		Path profile;
		try {
			profile = Files.createTempDirectory("pilotage-chromium-");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--user-data-dir=" + profile, "--window-size=1280,900", "--lang=" + language);
		// Headless Chromium ignores --lang for Accept-Language; this preference is what the server sees.
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(CHROMEDRIVER.toString()))
			.usingAnyFreePort()
			.build();
		try {
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
			return new Browser(driver, profile);
		}
		catch (RuntimeException failure) {
			delete(profile);
			throw failure;
		}
	}

	public ChromeDriver driver() {
		return driver;
	}

	/** Waits up to ten seconds, looking again when a navigation replaced the page under it. */
	public WebDriverWait waiting() {
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

	/**
	 * Clicks what submits a form or follows a link and waits for the page it leads to: until the page the click was
	 * made on is gone, so what is looked for next is not found on the page being left.
	 */
	public void clickAndLoad(org.openqa.selenium.WebElement element) {
		org.openqa.selenium.WebElement page = driver.findElement(org.openqa.selenium.By.tagName("html"));
		element.click();
		waiting().until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
	}

	/** Signs in on the server at {@code base} with the demo password and waits to be let in. */
	public ChromeDriver signIn(String base, String email) {
		driver.get(base + "/login?lang=en");
		driver.findElement(org.openqa.selenium.By.id("username")).sendKeys(email);
		driver.findElement(org.openqa.selenium.By.id("password")).sendKeys(Demo.PASSWORD);
		driver.findElement(org.openqa.selenium.By.cssSelector("[data-action=sign-in]")).click();
		waiting().until(d -> !path().equals("/login"));
		return driver;
	}

	/** The path of the page the browser shows. */
	public String path() {
		return java.net.URI.create(driver.getCurrentUrl()).getPath();
	}

	/** The console messages since the last call (reading them empties the browser's buffer). */
	public List<LogEntry> console() {
		return driver.manage().logs().get(LogType.BROWSER).getAll();
	}

	/** Saves the visible page as {@code <build dir>/screenshots/<name>.png}. */
	public Path screenshot(String name) {
		Path directory = Path.of(System.getProperty("build.dir", "target"), "screenshots");
		try {
			Files.createDirectories(directory);
			Path target = directory.resolve(name + ".png");
			Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
			return target;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void close() {
		try {
			driver.quit();
		}
		finally {
			delete(profile);
		}
	}

	private static void delete(Path directory) {
		try (Stream<Path> files = Files.walk(directory)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException | UncheckedIOException ignored) {
			// a leftover profile in the temp directory is harmless
		}
	}
}
