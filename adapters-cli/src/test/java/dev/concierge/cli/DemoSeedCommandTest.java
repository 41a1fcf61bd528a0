package dev.concierge.cli;

import static dev.concierge.cli.ConciergeAdminTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.cli.ConciergeAdminTest.Run;
import dev.concierge.core.UseCases;
import dev.concierge.core.access.Caller;
import dev.concierge.core.dashboard.Dashboard;
import dev.concierge.core.dashboard.UpcomingDateSummary;
import dev.concierge.core.organization.Organization;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.library.Concierge;
import dev.concierge.persistence.DatabaseUrl;
import dev.concierge.persistence.PoolSettings;
import dev.concierge.persistence.PostgresDatabase;
import dev.concierge.persistence.testing.SharedPostgres;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** concierge-admin demo seed, in-process, on a fresh database. */
class DemoSeedCommandTest {
  private static final Pattern DASHBOARD =
      Pattern.compile("/api/v1/persons/([0-9a-f-]{36})/dashboard");
  private static final Caller ADMIN = Caller.operator(Organization.DEFAULT_ID, "test");

  /** What the seed must have written, by the rows of the default organization. */
  private static final Map<String, String> COUNTS = new LinkedHashMap<>();

  static {
    String org = " where org_id = '" + Organization.DEFAULT_ID + "'";
    COUNTS.put("clients", "select count(*) from persons" + org + " and person_type = 'client'");
    COUNTS.put(
        "family", "select count(*) from persons" + org + " and person_type = 'family_member'");
    COUNTS.put(
        "zones",
        "select count(distinct timezone) from persons" + org + " and person_type = 'client'");
    COUNTS.put("identities", "select count(*) from comm_identities" + org);
    COUNTS.put(
        "slack identities",
        "select count(*) from comm_identities" + org + " and channel_type = 'slack'");
    COUNTS.put("date items", "select count(*) from date_items" + org);
    COUNTS.put(
        "leap day", "select count(*) from date_items" + org + " and date_value = '1952-02-29'");
    COUNTS.put(
        "family dates",
        "select count(*) from date_items" + org + " and related_person_id is not null");
    COUNTS.put(
        "monthly or yearly maintenance",
        "select count(*) from date_items d join date_categories c using (org_id, category_id)"
            + " where d.org_id = '"
            + Organization.DEFAULT_ID
            + "' and c.category_name = 'Property Maintenance'"
            + " and (d.recurrence_rule like 'FREQ=MONTHLY%' or d.recurrence_rule like 'FREQ=YEARLY%')");
    COUNTS.put("categories used", "select count(distinct category_id) from date_items" + org);
    COUNTS.put(
        "30-day reminders",
        "select count(*) from reminder_rules" + org + " and lead_time_days = 30");
    COUNTS.put(
        "7-day reminders", "select count(*) from reminder_rules" + org + " and lead_time_days = 7");
    COUNTS.put(
        "scheduled reminders",
        "select count(*) from reminder_rules" + org + " and scheduled_datetime is not null");
    COUNTS.put("projects", "select count(*) from projects" + org);
    COUNTS.put("task states", "select count(distinct status) from tasks" + org);
    COUNTS.put("tasks", "select count(*) from tasks" + org);
    COUNTS.put("conversations", "select count(*) from conversations" + org);
    COUNTS.put("messages", "select count(*) from messages" + org);
    COUNTS.put("catalogue types", "select count(distinct resource_type) from resources" + org);
    COUNTS.put("recommendations", "select count(*) from recommendations" + org);
  }

  @Test
  void seeds_a_believable_demo_through_the_use_cases_and_a_second_run_adds_nothing() {
    DatabaseUrl url = SharedPostgres.freshDatabase();
    Map<String, String> env = Map.of("DATABASE_URL", url.jdbcUrl() + "?user=postgres");

    Run first = run(env, "demo", "seed");

    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.out()).contains("Seeded the demo organization").contains("clients");
    Matcher curl = DASHBOARD.matcher(first.out());
    assertThat(curl.find()).as(first.out()).isTrue();
    UUID client = UUID.fromString(curl.group(1));
    try (PostgresDatabase database = PostgresDatabase.open(url, PoolSettings.DEFAULT)) {
      Map<String, Long> counts = counts(database.jdbi());
      assertThat(counts.get("clients")).isEqualTo(6);
      assertThat(counts.get("family")).isGreaterThanOrEqualTo(5);
      assertThat(counts.get("zones")).isEqualTo(6);
      assertThat(counts.get("identities")).isGreaterThanOrEqualTo(9);
      assertThat(counts.get("slack identities")).isGreaterThanOrEqualTo(3);
      assertThat(counts.get("date items")).isGreaterThanOrEqualTo(15);
      assertThat(counts.get("leap day")).isEqualTo(1);
      assertThat(counts.get("family dates")).isGreaterThanOrEqualTo(5);
      assertThat(counts.get("monthly or yearly maintenance")).isGreaterThanOrEqualTo(2);
      assertThat(counts.get("categories used")).isEqualTo(6);
      assertThat(counts.get("30-day reminders")).isGreaterThanOrEqualTo(5);
      assertThat(counts.get("7-day reminders")).isGreaterThanOrEqualTo(5);
      // every lead-time reminder was placed in time by the use cases, in the person's zone
      assertThat(counts.get("scheduled reminders"))
          .isEqualTo(
              database
                  .jdbi()
                  .withHandle(
                      h ->
                          h.createQuery("select count(*) from reminder_rules")
                              .mapTo(Long.class)
                              .one()));
      assertThat(counts.get("projects")).isGreaterThanOrEqualTo(4);
      assertThat(counts.get("task states")).isEqualTo(3);
      assertThat(counts.get("conversations")).isGreaterThanOrEqualTo(3);
      assertThat(counts.get("messages")).isGreaterThanOrEqualTo(6);
      assertThat(counts.get("catalogue types")).isEqualTo(4);
      assertThat(counts.get("recommendations")).isGreaterThanOrEqualTo(3);

      UseCases useCases = Concierge.builder().database(database).migrate(false).build();
      Dashboard dashboard = useCases.dashboards().dashboard(ADMIN, client);
      List<UpcomingDateSummary> within60Days =
          useCases.dashboards().upcoming(ADMIN, client, 60, new PageRequest(0, 50)).items();
      assertThat(dashboard.person().fullName()).isEqualTo("Hannah Berkowitz");
      assertThat(dashboard.widgets().upcomingDates()).isNotEmpty();
      assertThat(dashboard.widgets().activeProjects()).isNotEmpty();
      assertThat(dashboard.widgets().recentConversations()).isNotEmpty();
      assertThat(dashboard.widgets().recentRecommendations()).isNotEmpty();
      assertThat(within60Days)
          .anySatisfy(
              date -> {
                assertThat(date.title()).contains("Tennis Club");
                assertThat(date.reminderCount()).isEqualTo(2);
              });

      Run second = run(env, "demo", "seed");

      assertThat(second.code()).isZero();
      assertThat(second.out())
          .contains("already present")
          .contains("/api/v1/persons/" + client + "/dashboard");
      assertThat(counts(database.jdbi())).isEqualTo(counts);
    }
  }

  private static Map<String, Long> counts(Jdbi jdbi) {
    Map<String, Long> counts = new LinkedHashMap<>();
    jdbi.useHandle(
        handle ->
            COUNTS.forEach(
                (name, sql) -> counts.put(name, handle.createQuery(sql).mapTo(Long.class).one())));
    return counts;
  }
}
