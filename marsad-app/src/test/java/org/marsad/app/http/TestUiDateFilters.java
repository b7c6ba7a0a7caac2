package org.marsad.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.app.run.Engine;
import org.marsad.ingest.feed.WatcherOptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page's date filters in a browser whose own locale is American English: what a desk
 * types and sees is year-month-day (or the day-first order of Arabic dates, in Arabic-Indic digits
 * too), never the browser's mm/dd/yyyy, and the address and the API get YYYY-MM-DD (docs/api.md,
 * Web UI). Session 19 QA: the fields were {@code <input type=date>}, drawn and typed in the
 * browser's locale format whatever the page's language.
 */
class TestUiDateFilters {
  @TempDir static Path data;
  @TempDir static Path profile;
  private static ChromeDriver chrome;
  private static Engine engine;
  private static MarsadServer server;

  @BeforeAll
  static void start() throws Exception {
    chrome = HeadlessChromium.start(profile, "en-US"); // skips without chromium
    engine = Engine.open(data, Engine.Feeds.OFF, WatcherOptions.defaults());
    server = new MarsadServer(new ServerConfig("127.0.0.1", 0, "date-test-token-0123456789", 1 << 20, List.of()), engine.services()).start();
  }

  @AfterAll
  static void stop() throws Exception {
    if (chrome != null) chrome.quit();
    if (server != null) server.close();
    if (engine != null) engine.close();
  }

  @BeforeEach
  void open() {
    chrome.get("http://127.0.0.1:" + server.port() + "/index.html");
  }

  private static WebElement field(String testid) {
    return chrome.findElement(By.cssSelector("[data-testid='" + testid + "']"));
  }

  /** Types into the two date fields and submits; returns the address's query once it has changed (or the old one). */
  private static String search(String from, String to) {
    field("filter-from").sendKeys(from);
    field("filter-to").sendKeys(to);
    field("search-button").click();
    try {
      new WebDriverWait(chrome, Duration.ofSeconds(5)).until(d -> ((String) ((JavascriptExecutor) d).executeScript("return location.search")).contains("from"));
    } catch (org.openqa.selenium.TimeoutException e) {
      // the form refused the dates: the address stays
    }
    return (String) chrome.executeScript("return decodeURIComponent(location.search)");
  }

  @Test
  void an_iso_date_typed_in_an_american_browser_goes_to_the_address_and_the_field_as_iso() {
    String query = search("2015-07-21", "2015-07-25");
    assertThat(query).contains("from=2015-07-21").contains("to=2015-07-25");
    assertThat(field("filter-from").getAttribute("value")).isEqualTo("2015-07-21");
    assertThat(field("filter-from").getAttribute("placeholder")).contains("2015-07-21");
  }

  @Test
  void an_arabic_date_day_first_in_arabic_indic_digits_is_read_as_the_same_day() {
    String query = search("٢١/٠٧/٢٠١٥", "25/7/2015");
    assertThat(query).contains("from=2015-07-21").contains("to=2015-07-25");
    assertThat(field("filter-from").getAttribute("value")).as("shown back as the API takes it").isEqualTo("2015-07-21");
  }

  @Test
  void an_american_or_impossible_date_is_refused_with_the_format_to_use() {
    String query = search("07/21/2015", "");
    assertThat(query).doesNotContain("from=");
    String message = (String) chrome.executeScript("return document.getElementById('from').validationMessage");
    assertThat(message).contains("2015-07-21");
    field("filter-from").clear();
    assertThat(search("2015-02-30", "")).doesNotContain("from=");
  }

  @Test
  void a_date_in_the_address_is_shown_as_it_is() {
    chrome.get("http://127.0.0.1:" + server.port() + "/index.html?from=2015-07-21&to=2015-07-25");
    assertThat(field("filter-from").getAttribute("value")).isEqualTo("2015-07-21");
    String shown = (String) chrome.executeScript("const e = document.getElementById('from'); return e.type + ' ' + e.value;");
    assertThat(shown).as("a text field shows its value as it is, not in the browser's date format").isEqualTo("text 2015-07-21");
  }

  private static final String LOCALE = "return [navigator.language, navigator.languages[0], Intl.DateTimeFormat().resolvedOptions().locale].join(' ')";

  @Test
  void the_browser_really_runs_in_the_locale_it_is_started_with(@TempDir Path arabicProfile) {
    assertThat(chrome.executeScript(LOCALE)).as("navigator.language, navigator.languages[0], Intl's default locale").isEqualTo("en-US en-US en-US");
    // en-US is also the machine's own locale: the Arabic browser the other UI tests start shows that the setting holds
    ChromeDriver arabic = HeadlessChromium.start(arabicProfile);
    try {
      arabic.get("http://127.0.0.1:" + server.port() + "/index.html");
      assertThat(arabic.executeScript(LOCALE)).isEqualTo("ar ar ar");
    } finally {
      arabic.quit();
    }
  }

  @Test
  void a_refused_date_does_not_block_the_next_search_after_back() {
    chrome.get("http://127.0.0.1:" + server.port() + "/index.html?q=" + java.net.URLEncoder.encode("سوريا", java.nio.charset.StandardCharsets.UTF_8));
    field("search-input").clear();
    field("search-input").sendKeys("روسيا");
    assertThat(search("2015-07-21", "")).contains("q=روسيا").contains("from=2015-07-21");
    field("filter-to").sendKeys("07/21/2015");
    field("search-button").click();
    assertThat((Boolean) chrome.executeScript("return document.getElementById('to').validity.valid")).as("refused").isFalse();

    chrome.navigate().back();
    new WebDriverWait(chrome, Duration.ofSeconds(5)).until(d -> !field("search-input").getAttribute("value").equals("روسيا"));
    assertThat(field("filter-to").getAttribute("value")).isEmpty();
    assertThat((Boolean) chrome.executeScript("return document.getElementById('to').validity.valid"))
        .as("the refusal of a value no longer shown is cleared").isTrue();

    field("search-input").clear();
    field("search-input").sendKeys("لبنان");
    field("search-button").click();
    new WebDriverWait(chrome, Duration.ofSeconds(5)).until(d -> ((String) chrome.executeScript("return decodeURIComponent(location.search)")).contains("لبنان"));
  }

  @Test
  void an_ambiguous_date_is_written_back_at_once_with_the_day_it_was_read_as_in_words() {
    field("filter-from").sendKeys("07/08/2015", org.openqa.selenium.Keys.TAB);
    assertThat(field("filter-from").getAttribute("value")).as("day first, written back as soon as the field is left").isEqualTo("2015-08-07");
    assertThat(field("from-read").getText()).as("the page is Arabic: 7 August, the month in words").contains("أغسطس").containsAnyOf("7", "٧"); // Latin or Arabic-Indic digits, by the browser's CLDR
    field("filter-to").sendKeys("2015٫07٫21", org.openqa.selenium.Keys.TAB);
    assertThat(field("filter-to").getAttribute("value")).as("the Arabic decimal separator of a phone keypad").isEqualTo("2015-07-21");
    assertThat(field("filter-from").getAttribute("inputmode")).as("a keypad with a separator key, unlike numeric").isEqualTo("decimal");
  }
}
