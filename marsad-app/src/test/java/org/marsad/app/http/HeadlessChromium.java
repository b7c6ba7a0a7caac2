package org.marsad.app.http;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * TEST ONLY: the system's Chromium driven headless through the system's chromedriver (Debian
 * packages {@code chromium} and {@code chromium-driver}). Both paths are given explicitly and
 * Selenium Manager is told to stay offline, so nothing is downloaded; a test calling
 * {@link #start} is skipped with a message when either program is missing.
 */
final class HeadlessChromium {
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private HeadlessChromium() {}

  /** Starts a browser with a fresh profile under {@code profileDir}; skips the calling test when Chromium is absent. */
  static ChromeDriver start(Path profileDir) {
    return start(profileDir, "ar");
  }

  /** The same with the browser's own locale {@code lang} (e.g. {@code en-US}: dates mm/dd/yyyy in its own widgets). */
  static ChromeDriver start(Path profileDir, String lang) {
    File browser = firstExecutable("/usr/bin/chromium", "/usr/bin/chromium-browser");
    File driver = firstExecutable("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
    assumeTrue(browser != null && driver != null,
        "skipped: browser tests need Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver)");
    System.setProperty("SE_OFFLINE", "true"); // Selenium Manager must never fetch a browser or driver
    System.setProperty("se.offline", "true");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browser);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-extensions", "--lang=" + lang, "--window-size=1280,1024", "--user-data-dir=" + profileDir.toAbsolutePath());
    // --lang alone does not reach navigator.language under --headless=new (review of session 20, F9):
    // the Accept-Language preference sets navigator.languages, the CDP locale override
    // navigator.language and Intl's default locale
    options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", lang));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver).usingAnyFreePort().build();
    ChromeDriver chrome = new ChromeDriver(service, options);
    chrome.executeCdpCommand("Emulation.setLocaleOverride", java.util.Map.of("locale", lang));
    chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(10));
    return chrome;
  }

  /** Writes a PNG of the current page to target/screenshots/NAME.png. */
  static Path screenshot(ChromeDriver chrome, String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.write(file, chrome.getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static File firstExecutable(String... paths) {
    for (String p : paths) {
      File f = new File(p);
      if (f.canExecute()) return f;
    }
    return null;
  }
}
