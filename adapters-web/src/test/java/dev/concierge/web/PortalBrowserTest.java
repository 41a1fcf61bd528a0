package dev.concierge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.concierge.core.access.Caller;
import dev.concierge.core.accounts.Account;
import dev.concierge.core.catalogue.Catalogue;
import dev.concierge.core.catalogue.NewResource;
import dev.concierge.core.catalogue.Recommendation;
import dev.concierge.core.catalogue.ResourceType;
import dev.concierge.core.conversations.Conversation;
import dev.concierge.core.conversations.ConversationStatus;
import dev.concierge.core.conversations.MessageDirection;
import dev.concierge.core.conversations.NewConversation;
import dev.concierge.core.conversations.NewMessage;
import dev.concierge.core.conversations.SenderType;
import dev.concierge.core.dates.DateItemDetails;
import dev.concierge.core.dates.NewDateItem;
import dev.concierge.core.digest.DigestFrequency;
import dev.concierge.core.digest.DigestSettings;
import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.identities.NewCommIdentity;
import dev.concierge.core.model.Metadata;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.persons.NewPerson;
import dev.concierge.core.persons.Person;
import dev.concierge.core.persons.PersonType;
import dev.concierge.core.preferences.NewPreference;
import dev.concierge.core.preferences.PreferenceCategory;
import dev.concierge.core.projects.NewProject;
import dev.concierge.core.projects.NewTask;
import dev.concierge.core.projects.Project;
import dev.concierge.core.projects.ProjectStatus;
import dev.concierge.core.projects.Task;
import dev.concierge.core.projects.TaskStatus;
import dev.concierge.core.relationships.NewRelationship;
import dev.concierge.core.reminders.NewReminder;
import dev.concierge.core.reminders.ReminderRule;
import dev.concierge.core.reminders.ReminderStatus;
import dev.concierge.core.time.Today;
import dev.concierge.library.Concierge;
import dev.concierge.web.view.Show;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The portal in a real browser: Debian's headless Chromium driven by Selenium through Debian's
 * chromedriver (nothing is downloaded), against the served composition on the shared PostgreSQL.
 * Each screen is written to target/screenshots/, or to docs/screenshots/ (what the README shows)
 * when the build is run with {@code -Dscreenshots=docs}, so an ordinary build leaves the tree
 * clean. Without Chromium the tests are skipped, saying so.
 */
class PortalBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Duration WAIT = Duration.ofSeconds(15);

  private static ServedPortal portal;
  private static ServedPortal.Desk desk;
  private static Seeded seeded;
  private static WebDriver browser;

  /** What the tests find already there: the desk's clients and their affairs. */
  private record Seeded(
      Person olivia, Project ski, Task chalet, Conversation talk, ReminderRule failed) {}

  @BeforeAll
  static void start() {
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Browser tests skipped: no /usr/bin/chromium and /usr/bin/chromedriver"
            + " (apt-get install chromium chromium-driver; .ci/run installs them)");
    portal = ServedPortal.start();
    desk = portal.newDesk("Maison Laurent", ZoneId.of("America/New_York"));
    seeded = seed(portal.concierge(), desk.operator());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--lang=en-US",
        "--window-size=1280,1000");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .usingAnyFreePort()
            .build();
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (portal != null) {
      portal.close();
    }
  }

  @BeforeEach
  void freshBrowser() {
    browser.get(portal.url("/login"));
    browser.manage().deleteAllCookies();
    browser.manage().window().setSize(new Dimension(1280, 1000));
  }

  @Test
  void a_concierge_adds_a_client_after_a_wrong_zone_and_a_birthday_with_two_reminders()
      throws IOException {
    signIn(desk.concierge(), "sign-in");
    screenshot("home");
    browser.manage().window().setSize(new Dimension(800, 1000));
    screenshot("home-800");
    browser.manage().window().setSize(new Dimension(1280, 1000));

    clickThrough(By.linkText("Clients"));
    screenshot("clients");
    clickThrough(By.linkText("New client"));
    type("full_name", "Sophie Laurent");
    type("timezone", "Europe/Pariss");
    clickThrough(By.cssSelector("main form button[type=submit]"));

    assertThat(browser.findElement(By.id("timezone-error")).getText())
        .contains("must be an IANA time zone");
    assertThat(browser.findElement(By.id("full_name")).getAttribute("value"))
        .isEqualTo("Sophie Laurent");
    screenshot("client-form-errors");
    type("timezone", "Europe/Paris");
    clickThrough(By.cssSelector("main form button[type=submit]"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Sophie Laurent");

    clickThrough(By.linkText("Add a date"));
    type("title", "Sophie's birthday");
    setDate("date_value", "1985-06-14");
    browser.findElement(By.cssSelector("input[name=recurrence][value=yearly]")).click();
    type("lead_days_1", "14");
    type("lead_days_2", "3");
    new WebDriverWait(browser, WAIT)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(By.id("preview"), "3 days before"));
    assertThat(browser.findElements(By.cssSelector("#preview ol li"))).hasSize(5);
    screenshot("date-form");
    clickThrough(By.cssSelector("main form button[type=submit]"));

    ZoneId paris = ZoneId.of("Europe/Paris");
    LocalDate next = nextJune14(Today.in(paris, Clock.systemUTC()));
    List<String> sendTimes =
        browser.findElements(By.cssSelector("#reminder-times .send-time")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(sendTimes)
        .containsExactlyInAnyOrder(
            Show.time(
                ZonedDateTime.of(next.minusDays(14), LocalTime.of(9, 0), paris).toInstant(), paris),
            Show.time(
                ZonedDateTime.of(next.minusDays(3), LocalTime.of(9, 0), paris).toInstant(), paris));
    screenshot("date-reminders");

    clickThrough(By.linkText("Sophie Laurent"));
    assertThat(browser.findElement(By.id("dates-heading")).findElement(By.xpath("..")).getText())
        .contains("Sophie's birthday");
    screenshot("client-birthday");

    browser.get(portal.url("/calendar?month=" + YearMonth.from(next)));
    assertThat(
            browser.findElement(By.cssSelector("section.day[data-date='" + next + "']")).getText())
        .contains("Sophie's birthday", "Sophie Laurent");
    screenshot("calendar");
  }

  @Test
  void a_concierge_ticks_a_task_off_reads_a_thread_and_retries_a_failed_reminder()
      throws IOException {
    signIn(desk.concierge(), null);
    browser.get(portal.url("/clients/" + seeded.olivia().personId()));
    assertThat(browser.findElement(By.id("family-heading")).findElement(By.xpath("..")).getText())
        .contains("Margaret Chen — mother");
    screenshot("client-profile");

    // this composition has no ANTHROPIC_API_KEY: the panel says so, and keeps the message
    type("chat-message", "What is coming up for Olivia this month?");
    browser.findElement(By.cssSelector(".chat-form button[type=submit]")).click();
    new WebDriverWait(browser, WAIT)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("chat-log"), "The assistant is off"));
    screenshot("client-chat");

    clickThrough(By.linkText(seeded.ski().title()));
    browser
        .findElement(
            By.cssSelector("button[aria-label='Mark done: " + seeded.chalet().title() + "']"))
        .click();
    // htmx replaces the task's line: a line read just before the swap goes stale
    new WebDriverWait(browser, WAIT)
        .ignoring(StaleElementReferenceException.class)
        .until(
            ExpectedConditions.attributeContains(
                By.id("task-" + seeded.chalet().taskId()), "class", "done"));
    assertThat(
            portal
                .concierge()
                .projects()
                .task(desk.operator(), seeded.ski().projectId(), seeded.chalet().taskId())
                .status())
        .isEqualTo(TaskStatus.COMPLETED);
    browser.navigate().refresh();
    assertThat(browser.findElement(By.id("task-" + seeded.chalet().taskId())).getAttribute("class"))
        .contains("done");
    screenshot("project");

    browser.get(portal.url("/conversations/" + seeded.talk().conversationId()));
    assertThat(browser.findElement(By.cssSelector("ol.messages")).getText())
        .contains("Could you book the chalet in Aspen again?");
    screenshot("conversation");

    browser.get(portal.url("/"));
    clickThrough(By.linkText("Reminders"));
    clickThrough(By.linkText("Failed"));
    screenshot("reminders");
    clickThrough(By.cssSelector("button[aria-label^='Retry: Club renewal']"));

    assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
        .contains("Queued again");
    assertThat(browser.findElement(By.id("reminder-status")).getText()).isEqualTo("pending");
    assertThat(
            portal
                .concierge()
                .reminders()
                .get(desk.operator(), seeded.failed().reminderRuleId())
                .status())
        .isEqualTo(ReminderStatus.PENDING);
    screenshot("reminder");
  }

  @Test
  void a_concierge_searches_a_misspelt_name_and_a_few_words_and_follows_a_hit_to_its_page()
      throws IOException {
    signIn(desk.concierge(), null);
    clickThrough(By.linkText("Search"));
    type("q", "Olivya Chenn");
    clickThrough(By.cssSelector("main search form button[type=submit]"));
    assertThat(browser.findElement(By.cssSelector("ol.search-hits")).getText())
        .contains(seeded.olivia().fullName());

    type("q", "chalet aspen");
    clickThrough(By.cssSelector("main search form button[type=submit]"));
    assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
        .contains("found for “chalet aspen”");
    assertThat(browser.findElements(By.cssSelector("ol.search-hits mark"))).isNotEmpty();
    screenshot("search");
    screenshotAt800("search-800");

    clickThrough(By.linkText(seeded.ski().title()));
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains(seeded.ski().title());
  }

  @Test
  void a_concierge_narrows_the_restaurants_to_a_city_and_opens_one() throws IOException {
    Catalogue catalogue = portal.concierge().catalogue();
    catalogue.create(
        desk.operator(),
        ResourceType.RESTAURANT,
        new NewResource(
            "Le Petit Zinc",
            "bistro",
            "Oysters and a quiet corner table; open late",
            "11 Rue Saint-Benoît",
            "Paris",
            "https://petitzinc.example.com",
            "+33 1 42 86 61 00",
            null,
            2,
            new BigDecimal("4.5"),
            List.of("late", "oysters"),
            true,
            "Ask for Jean-Luc; the corner table seats six",
            Metadata.of(Map.of("cuisine", "French"))));
    catalogue.create(
        desk.operator(),
        ResourceType.RESTAURANT,
        new NewResource(
            "Nobu Aspen",
            "sushi",
            null,
            null,
            "Aspen",
            null,
            null,
            null,
            4,
            null,
            List.of(),
            false,
            null,
            null));
    signIn(desk.concierge(), null);
    clickThrough(By.linkText("Catalogue"));
    clickThrough(By.linkText("Restaurants"));
    type("city", "Paris");
    clickThrough(By.cssSelector("main search form button[type=submit]"));
    assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
        .isEqualTo("1 restaurant found.");
    screenshot("catalogue");

    clickThrough(By.linkText("Le Petit Zinc"));
    assertThat(browser.findElement(By.cssSelector("dl.facts")).getText())
        .contains("4.5 / 5")
        .contains("Cuisine\nFrench");
    screenshot("catalogue-entry");
  }

  @Test
  void
      an_admin_adds_a_restaurant_after_a_bad_website_a_concierge_recommends_it_and_once_deleted_the_profile_names_it_unlinked()
          throws IOException {
    signIn(desk.admin(), null);
    browser.get(portal.url("/catalogue?kind=restaurant"));
    clickThrough(By.linkText("New restaurant"));
    type("name", "Rosa's Trattoria");
    type("category", "trattoria");
    type("city", "New York");
    type("address", "120 Mulberry Street");
    type("website", "rosas.example.com");
    new Select(browser.findElement(By.id("price_level"))).selectByValue("3");
    type("rating", "4.5");
    type("tags", "pasta, late");
    browser.findElement(By.id("is_vetted")).click();
    type("notes", "Ask for Rosa; the back room seats twelve");
    type("attributes_jsonb", "cuisine: Italian\ncovers: 40");
    clickThrough(By.cssSelector("main form button[type=submit]"));

    assertThat(browser.findElement(By.id("website-error")).getText())
        .isEqualTo("Website: must be a web address starting with http:// or https://");
    assertThat(browser.findElement(By.id("name")).getAttribute("value"))
        .isEqualTo("Rosa's Trattoria");
    assertThat(browser.findElement(By.id("attributes_jsonb")).getAttribute("value"))
        .isEqualTo("cuisine: Italian\ncovers: 40");
    screenshot("catalogue-form-errors");
    screenshotAt800("catalogue-form-errors-800");
    type("website", "https://rosas.example.com");
    clickThrough(By.cssSelector("main form button[type=submit]"));

    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Rosa's Trattoria");
    assertThat(browser.findElement(By.cssSelector("dl.facts")).getText())
        .contains("https://rosas.example.com")
        .contains("$$$")
        .contains("Cuisine\nItalian")
        .contains("Covers\n40");
    screenshot("catalogue-entry-admin");
    String entry = browser.getCurrentUrl();
    clickThrough(By.linkText("Edit"));
    screenshot("catalogue-form");

    browser.manage().deleteAllCookies();
    signIn(desk.concierge(), null);
    browser.get(entry);
    assertThat(browser.findElements(By.linkText("Edit"))).isEmpty();
    type("client", "chen");
    new Select(browser.findElement(By.id("status"))).selectByValue("accepted");
    type("notes", "For the anniversary: the back room");
    type("project", "ski");
    type("title", "Anniversary dinner");
    clickThrough(By.cssSelector("#recommend button[type=submit]"));
    // Olivia and her mother: the page asks which, keeping the rest
    assertThat(browser.findElement(By.id("client-error")).getText())
        .isEqualTo(
            "Client: 2 clients’ names contain “chen”: pick one below, or type more of the name");
    assertThat(browser.findElement(By.id("notes")).getAttribute("value"))
        .isEqualTo("For the anniversary: the back room");
    assertThat(browser.findElement(By.id("project")).getAttribute("value")).isEqualTo("ski");
    screenshot("catalogue-recommend-pick");
    browser.findElement(By.id("person-" + seeded.olivia().personId())).click();
    clickThrough(By.cssSelector("#recommend button[type=submit]"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Olivia Chen");
    WebElement recommended =
        browser.findElement(By.cssSelector("section[aria-labelledby=recommendations-heading]"));
    assertThat(recommended.getText())
        .contains("Rosa's Trattoria (restaurant)\nAnniversary dinner")
        .contains("For the anniversary: the back room");
    assertThat(
            portal
                .concierge()
                .recommendations()
                .list(desk.operator(), seeded.olivia().personId(), new PageRequest(0, 10))
                .items())
        .extracting(Recommendation::displayName, Recommendation::projectId)
        .contains(tuple("Rosa's Trattoria", seeded.ski().projectId()));
    screenshot("client-recommendation");
    clickThrough(By.linkText("Rosa's Trattoria"));
    assertThat(browser.getCurrentUrl()).isEqualTo(entry);
    screenshot("catalogue-recommend");
    String profile = portal.url("/clients/" + seeded.olivia().personId());

    browser.manage().deleteAllCookies();
    signIn(desk.admin(), null);
    browser.get(entry);
    clickThrough(By.linkText("Delete"));
    clickThrough(By.cssSelector("main form button[type=submit]"));
    browser.get(profile);

    WebElement kept =
        browser.findElement(By.cssSelector("section[aria-labelledby=recommendations-heading]"));
    assertThat(kept.getText())
        .contains("Rosa's Trattoria (restaurant, no longer in the catalogue)")
        .contains("For the anniversary: the back room");
    assertThat(kept.findElements(By.linkText("Rosa's Trattoria"))).isEmpty();
    screenshot("client-recommendation-deleted");
  }

  @Test
  void after_signing_out_every_page_sends_the_browser_back_to_sign_in() throws IOException {
    signIn(desk.concierge(), null);
    browser.get(portal.url("/clients/" + seeded.olivia().personId()));

    clickThrough(By.cssSelector("form[action='/logout'] button"));

    assertThat(browser.getCurrentUrl()).endsWith("/login?signed_out");
    screenshot("signed-out");
    browser.get(portal.url("/clients/" + seeded.olivia().personId()));
    assertThat(browser.getCurrentUrl()).contains("/login?next=");
    assertThat(browser.getPageSource()).doesNotContain("Olivia Chen");
  }

  @Test
  void an_admin_adds_an_account_and_a_key_edits_an_agent_revokes_the_key_and_reads_the_audit_log()
      throws IOException {
    signIn(desk.admin(), null);
    clickThrough(By.linkText("Admin"));
    clickThrough(By.linkText("New account"));
    String email = "lena-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    type("display_name", "Lena Novak");
    type("email", email);
    new Select(browser.findElement(By.id("role"))).selectByValue("analyst");
    type("password", "too short");
    clickThrough(By.cssSelector("main form button[type=submit]"));

    assertThat(browser.findElement(By.id("password-error")).getText())
        .contains("must be 12 to 1,024 characters");
    assertThat(browser.findElement(By.id("email")).getAttribute("value")).isEqualTo(email);
    screenshot("admin-account-errors");
    type("password", "a long enough password");
    clickThrough(By.cssSelector("main form button[type=submit]"));
    assertThat(browser.findElement(By.cssSelector("main table")).getText())
        .contains("Lena Novak", email, "never signed in");
    screenshot("admin-accounts");
    screenshotAt800("admin-accounts-800");

    clickThrough(By.linkText("API keys"));
    type("name", "Nightly export");
    new Select(browser.findElement(By.id("role"))).selectByValue("analyst");
    clickThrough(By.cssSelector("main form[action='/admin/api-keys'] button"));
    String secret = browser.findElement(By.id("new-secret")).getAttribute("value");
    assertThat(secret).startsWith("ck_");
    assertThat(browser.findElement(By.cssSelector(".secret")).getText())
        .contains("This is the only time it is shown.");
    screenshot("admin-api-key-secret");
    browser.get(portal.url("/admin/api-keys"));
    assertThat(browser.getPageSource()).contains("Nightly export").doesNotContain(secret);

    clickThrough(By.linkText("Agents"));
    screenshot("agents");
    clickThrough(By.linkText("reminder management"));
    type("system_prompt", "Word each reminder warmly, in two sentences at most.");
    type("max_tokens", "12");
    clickThrough(By.cssSelector("main form button[type=submit]"));
    assertThat(browser.findElement(By.id("max_tokens-error")).getText())
        .contains("must be between 256 and 64000");
    assertThat(browser.findElement(By.id("system_prompt")).getAttribute("value"))
        .isEqualTo("Word each reminder warmly, in two sentences at most.");
    screenshot("agent-form-errors");
    type("max_tokens", "4096");
    clickThrough(By.cssSelector("main form button[type=submit]"));
    assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("Saved");
    screenshot("agent-form");
    assertThat(
            portal.concierge().agents().get(desk.operator(), "reminder_management").customPrompt())
        .isEqualTo("Word each reminder warmly, in two sentences at most.");

    browser.get(portal.url("/admin/api-keys"));
    clickThrough(By.cssSelector("button[aria-label='Revoke the key Nightly export']"));
    assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
        .contains("Key revoked");

    clickThrough(By.linkText("Audit log"));
    String log = browser.findElement(By.cssSelector("main table")).getText();
    assertThat(log.lines().filter(line -> line.contains("Ada Admin")))
        .anyMatch(line -> line.contains("create") && line.contains("account"))
        .anyMatch(line -> line.contains("create") && line.contains("api key"))
        .anyMatch(line -> line.contains("update") && line.contains("agent"))
        .anyMatch(line -> line.contains("delete") && line.contains("api key"));
    screenshot("audit-log");
    screenshotAt800("audit-log-800");
    new Select(browser.findElement(By.id("entity_type"))).selectByValue("api_key");
    clickThrough(By.cssSelector("form.filters button[type=submit]"));
    assertThat(browser.findElements(By.cssSelector("main table tbody tr"))).hasSize(2);
  }

  @Test
  void a_staff_member_sets_a_weekly_digest_after_a_refusal_and_sees_what_it_would_say()
      throws IOException {
    signIn(desk.admin(), null);
    clickThrough(By.linkText("My digest"));
    // the preview comes a moment after the form, by htmx
    new WebDriverWait(browser, WAIT)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("digest-preview"), "Your digest is off"));

    // the switch by keyboard, as a person without a mouse would
    browser.findElement(By.id("enabled")).sendKeys(Keys.SPACE);
    browser.findElement(By.cssSelector("input[name=frequency][value=weekly]")).click();
    new Select(browser.findElement(By.id("weekday"))).selectByValue("friday");
    type("time", "7.30");
    type("timezone", "Europe/Londn");
    type("days_ahead", "40");
    clickThrough(By.cssSelector("main form button[type=submit]"));

    assertThat(browser.findElement(By.id("time-error")).getText())
        .contains("must be a local time as HH:MM");
    assertThat(browser.findElement(By.id("timezone-error")).getText())
        .contains("must be an IANA time zone");
    assertThat(browser.findElement(By.id("days_ahead-error")).getText())
        .contains("must be between 1 and 31");
    assertThat(browser.findElement(By.id("timezone")).getAttribute("value"))
        .isEqualTo("Europe/Londn");
    assertThat(browser.findElement(By.id("enabled")).isSelected()).isTrue();
    assertThat(new Select(browser.findElement(By.id("weekday"))).getFirstSelectedOption().getText())
        .isEqualTo("Friday");
    new WebDriverWait(browser, WAIT)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("digest-preview"), "Your digest is off"));
    screenshot("digest-errors");
    type("time", "7:30");
    type("timezone", "Europe/London");
    type("days_ahead", "14");
    clickThrough(By.cssSelector("main form button[type=submit]"));

    assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
        .contains("Saved: your digest goes out every Friday at 07:30 (Europe/London), by email to")
        .contains(desk.admin());
    new WebDriverWait(browser, WAIT)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("digest-text")));
    assertThat(browser.findElement(By.id("digest-subject")).getText())
        .startsWith("Your digest for ");
    assertThat(browser.findElement(By.id("digest-text")).getText())
        .contains("here is the next 14 days across every client")
        // three days off in New York, counted from the London reader's day (two after its midnight)
        .contains(
            "Olivia Chen: Margaret's birthday ("
                + Today.away(
                    Today.in(ZoneId.of("Europe/London"), Clock.systemUTC()),
                    Today.in(ZoneId.of("America/New_York"), Clock.systemUTC()).plusDays(3))
                + ")")
        .contains("Olivia Chen — Aspen ski week: Ski passes for four");
    screenshot("digest");
    screenshotAt800("digest-800");
    DigestSettings saved = portal.concierge().digests().settings(signedIn(desk.admin()));
    assertThat(saved.frequency()).isEqualTo(DigestFrequency.WEEKLY);
    assertThat(saved.weekday()).isEqualTo(DayOfWeek.FRIDAY);
    assertThat(saved.time()).isEqualTo(LocalTime.of(7, 30));
    assertThat(saved.zone()).isEqualTo(ZoneId.of("Europe/London"));
    assertThat(saved.daysAhead()).isEqualTo(14);
  }

  @Test
  void a_concierge_has_no_admin_link_and_an_admin_address_answers_the_refusal_page()
      throws IOException {
    signIn(desk.concierge(), null);

    assertThat(browser.findElements(By.linkText("Admin"))).isEmpty();
    browser.get(portal.url("/admin/accounts"));

    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not allowed");
    assertThat(browser.findElement(By.tagName("main")).getText())
        .contains("Only the admin role may do this.");
    screenshot("admin-refused");
  }

  /** The caller the use cases know the desk's account with {@code email} as. */
  private static Caller signedIn(String email) {
    Account account =
        portal
            .concierge()
            .accounts()
            .list(desk.operator(), new PageRequest(0, 100))
            .items()
            .stream()
            .filter(a -> a.email().equals(email))
            .findFirst()
            .orElseThrow();
    return Caller.account(
        account.accountId(), account.orgId(), account.displayName(), account.role());
  }

  private static void signIn(String email, String screenshot) throws IOException {
    browser.get(portal.url("/login"));
    type("email", email);
    type("password", ServedPortal.PASSWORD);
    if (screenshot != null) {
      screenshot(screenshot);
    }
    clickThrough(By.cssSelector("main form button[type=submit]"));
    new WebDriverWait(browser, WAIT)
        .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Today"));
  }

  /**
   * Clicks a link or a plain form's button and waits for the page it leads to: the old page gone
   * and the new one loaded. Reading right after a click could otherwise find the old page's
   * elements on a busy machine.
   */
  private static void clickThrough(By target) {
    JavascriptExecutor page = (JavascriptExecutor) browser;
    // a mark on the old page's window: the page a click leads to has a window of its own
    page.executeScript("window.leavingThisPage = true;");
    browser.findElement(target).click();
    new WebDriverWait(browser, WAIT)
        .until(
            loaded ->
                Boolean.TRUE.equals(
                    page.executeScript(
                        "return window.leavingThisPage === undefined"
                            + " && document.readyState === 'complete';")));
  }

  private static void type(String id, String text) {
    WebElement field = browser.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  /** A date input's keyboard order follows the browser's locale; its value does not. */
  private static void setDate(String id, String isoDate) {
    ((JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
            browser.findElement(By.id(id)),
            isoDate);
  }

  private static LocalDate nextJune14(LocalDate today) {
    LocalDate thisYear = LocalDate.of(today.getYear(), 6, 14);
    return thisYear.isBefore(today) ? thisYear.plusYears(1) : thisYear;
  }

  private static void screenshotAt800(String name) throws IOException {
    browser.manage().window().setSize(new Dimension(800, 1000));
    try {
      screenshot(name);
    } finally {
      browser.manage().window().setSize(new Dimension(1280, 1000));
    }
  }

  /**
   * The page from its top as far down as it goes (up to 4,000 px), as NAME.png in {@link
   * #screenshots()}. From its top even when the page opened at an anchor (a form's answer at
   * #recommend, a profile at #recommendations-heading).
   */
  private static void screenshot(String name) throws IOException {
    ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0);");
    Dimension size = browser.manage().window().getSize();
    long height =
        (Long)
            ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollHeight;");
    browser
        .manage()
        .window()
        .setSize(new Dimension(size.getWidth(), (int) Math.min(4000, Math.max(600, height + 100))));
    byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
    browser.manage().window().setSize(size);
    Path dir = screenshots();
    Files.createDirectories(dir);
    Files.write(dir.resolve(name + ".png"), png);
  }

  /** The module's target/screenshots, or the README's docs/screenshots when asked for. */
  private static Path screenshots() {
    return "docs".equals(System.getProperty("screenshots"))
        ? repositoryRoot().resolve("docs/screenshots")
        : Path.of("target", "screenshots");
  }

  private static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("docs/ARCHITECTURE.md"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
    }
    return dir;
  }

  /**
   * A believable desk: clients in three zones with dates this week, a mother and a preference, a
   * project of three tasks, a conversation, a reminder delivered and one that failed for want of
   * anywhere to send it.
   */
  private static Seeded seed(Concierge concierge, Caller desk) {
    ZoneId newYork = ZoneId.of("America/New_York");
    ZoneId london = ZoneId.of("Europe/London");
    LocalDate today = Today.in(newYork, Clock.systemUTC());
    Person olivia = concierge.persons().create(desk, NewPerson.client("Olivia Chen", newYork));
    concierge
        .commIdentities()
        .add(
            desk,
            olivia.personId(),
            NewCommIdentity.primary(ChannelType.EMAIL, "olivia@example.com"));
    Person margaret =
        concierge
            .persons()
            .create(
                desk,
                new NewPerson(
                    "Margaret Chen",
                    null,
                    PersonType.FAMILY_MEMBER,
                    null,
                    newYork,
                    Metadata.EMPTY));
    concierge
        .relationships()
        .add(desk, olivia.personId(), new NewRelationship(margaret.personId(), "mother"));
    concierge
        .preferences()
        .add(
            desk,
            olivia.personId(),
            new NewPreference(
                PreferenceCategory.FOOD, "Vegetarian since last spring", null, null, null, null));
    Person james = concierge.persons().create(desk, NewPerson.client("James Whitfield", london));
    Person priya =
        concierge
            .persons()
            .create(desk, NewPerson.client("Priya Raman", ZoneId.of("Asia/Kolkata")));
    date(
        concierge,
        desk,
        olivia,
        "Margaret's birthday",
        today.plusDays(3).minusYears(60),
        "FREQ=YEARLY",
        7);
    date(
        concierge,
        desk,
        olivia,
        "Wedding anniversary",
        today.plusDays(5).minusYears(12),
        "FREQ=YEARLY",
        14);
    DateItemDetails renewal =
        date(concierge, desk, james, "Club renewal", today.plusDays(2), null, 7);
    date(concierge, desk, priya, "Flight to Kyoto", today.plusDays(4), null, 2);
    date(
        concierge,
        desk,
        priya,
        "Piano recital",
        today.plusDays(1).minusMonths(1),
        "FREQ=MONTHLY;BYDAY=" + nth(today.plusDays(1)),
        1);
    Project ski =
        concierge
            .projects()
            .create(
                desk,
                new NewProject(
                    olivia.personId(),
                    "Aspen ski week",
                    "Chalet, passes and a table for Friday",
                    ProjectStatus.IN_PROGRESS,
                    1,
                    today.plusDays(40),
                    null,
                    Metadata.EMPTY));
    Task chalet = task(concierge, desk, ski, "Book the chalet", 1);
    task(concierge, desk, ski, "Ski passes for four", 2);
    task(concierge, desk, ski, "Friday dinner reservation", 3);
    Conversation talk =
        concierge
            .conversations()
            .start(
                desk,
                new NewConversation(
                    olivia.personId(),
                    ChannelType.EMAIL,
                    "Aspen",
                    ConversationStatus.ACTIVE,
                    null,
                    Metadata.EMPTY));
    message(
        concierge,
        desk,
        talk,
        MessageDirection.INBOUND,
        SenderType.CLIENT,
        olivia,
        "Could you book the chalet in Aspen again? Same week as last year.");
    message(
        concierge,
        desk,
        talk,
        MessageDirection.OUTBOUND,
        SenderType.STAFF,
        null,
        "Of course. I'll confirm the dates with the owner today.");
    message(
        concierge,
        desk,
        talk,
        MessageDirection.INBOUND,
        SenderType.CLIENT,
        olivia,
        "Thank you! And a table somewhere quiet on the Friday.");
    // James has nowhere to be reached: his renewal's reminder, already due, fails for good
    concierge.dispatcher().dispatchUntilIdle();
    ReminderRule failed = renewal.reminders().get(0);
    assertThat(concierge.reminders().get(desk, failed.reminderRuleId()).status())
        .isEqualTo(ReminderStatus.FAILED);
    return new Seeded(olivia, ski, chalet, talk, failed);
  }

  private static String nth(LocalDate day) {
    int nth = (day.getDayOfMonth() - 1) / 7 + 1;
    return (nth > 4 ? -1 : nth) + day.getDayOfWeek().name().substring(0, 2);
  }

  private static DateItemDetails date(
      Concierge concierge,
      Caller desk,
      Person person,
      String title,
      LocalDate value,
      String rule,
      int leadDays) {
    return concierge
        .dateItems()
        .create(
            desk,
            new NewDateItem(
                person.personId(),
                null,
                null,
                title,
                value,
                rule,
                null,
                null,
                Metadata.EMPTY,
                List.of(NewReminder.daysBefore(leadDays))));
  }

  private static Task task(
      Concierge concierge, Caller desk, Project project, String title, int at) {
    return concierge
        .projects()
        .addTask(
            desk,
            project.projectId(),
            new NewTask(title, null, TaskStatus.PENDING, at, null, null));
  }

  private static void message(
      Concierge concierge,
      Caller desk,
      Conversation talk,
      MessageDirection direction,
      SenderType sender,
      Person from,
      String text) {
    concierge
        .conversations()
        .log(
            desk,
            talk.conversationId(),
            new NewMessage(
                direction,
                sender,
                from == null ? null : from.personId(),
                text,
                null,
                Metadata.EMPTY));
  }
}
