package dev.concierge.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.core.catalogue.ResourceType;
import dev.concierge.core.dashboard.ConversationSummary;
import dev.concierge.core.dashboard.RecommendationSummary;
import dev.concierge.core.dashboard.ScheduledDate;
import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.persons.Person;
import dev.concierge.core.persons.PersonType;
import dev.concierge.core.projects.ProjectStatus;
import dev.concierge.core.time.LeapDayPolicy;
import dev.concierge.persistence.testing.SharedPostgres;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.junit.jupiter.api.Test;

/**
 * The rows the dashboard reads column by column (for speed) come out as the records that mapping
 * them by constructor, as the rest of the stores do, makes of the same rows: nulls, every enum
 * value, 29 February, instants in and around DST changes and zones with odd offsets.
 */
class RowsReadByHandTest {
  private static final String[] ZONES = {
    "UTC", "America/New_York", "Europe/London", "Asia/Kolkata", "Australia/Lord_Howe", "Asia/Tokyo"
  };
  private static final String[] INSTANTS = {
    "null",
    "'2026-03-08 06:59:59.999999+00'",
    "'2026-03-08 07:00:00+00'",
    "'2026-10-25 00:30:00.5+00'",
    "'2024-02-29 23:59:59.000001+00'",
    "'1970-01-01 00:00:00+00'"
  };
  private static final String[] DATES = {
    "null", "'2024-02-29'", "'2025-02-28'", "'1900-03-01'", "'2026-12-31'", "'0001-01-01'"
  };

  private final Jdbi jdbi = SharedPostgres.migrated().jdbi();

  @Test
  void a_person_read_by_hand_is_the_person_its_constructor_makes_of_the_row() {
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < 18; i++) {
      rows.add(
          String.join(
              ", ",
              uuid(i),
              uuid(100 + i),
              "'Full name " + i + "'",
              i % 2 == 0 ? "null" : "'Nick'",
              wire(PersonType.values()[i % PersonType.values().length]),
              "cast(" + DATES[i % DATES.length] + " as date)",
              "'" + ZONES[i % ZONES.length] + "'",
              i % 3 == 0
                  ? "null"
                  : "cast('{\"a\": 1, \"b\": [1, \"x\"], \"c\": {\"d\": null}}' as jsonb)",
              "cast(" + INSTANTS[(i + 1) % INSTANTS.length] + " as timestamptz)",
              "cast(" + INSTANTS[(i + 2) % INSTANTS.length] + " as timestamptz)"));
    }

    assertReadAlike(
        Person.class,
        JdbiPersonStore.PERSON,
        "person_id, org_id, full_name, preferred_name, person_type, birthday, timezone, metadata,"
            + " created_at, updated_at",
        rows);
  }

  @Test
  void dashboard_rows_read_by_hand_are_the_records_their_constructors_make_of_them() {
    List<String> dates = new ArrayList<>();
    List<String> conversations = new ArrayList<>();
    List<String> projects = new ArrayList<>();
    List<String> recommendations = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      dates.add(
          String.join(
              ", ",
              uuid(i),
              "'Birthday " + i + "'",
              "cast(" + DATES[1 + i % (DATES.length - 1)] + " as date)",
              i % 2 == 0 ? "null" : "'FREQ=YEARLY'",
              wire(LeapDayPolicy.values()[i % LeapDayPolicy.values().length]),
              "cast(" + DATES[1 + (i + 1) % (DATES.length - 1)] + " as date)",
              i % 3 == 0 ? "cast(null as uuid)" : uuid(200 + i),
              i % 3 == 0 ? "null" : "'Family'",
              i % 4 == 0 ? "null" : "'🎂'",
              "cast(" + i + " as bigint)"));
      conversations.add(
          String.join(
              ", ",
              uuid(i),
              wire(ChannelType.values()[i % ChannelType.values().length]),
              i % 2 == 0 ? "null" : "'Hello there'",
              "cast(" + INSTANTS[i % INSTANTS.length] + " as timestamptz)",
              "cast(" + i * 7 + " as bigint)"));
      projects.add(
          String.join(
              ", ",
              uuid(i),
              "'Project " + i + "'",
              wire(ProjectStatus.values()[i % ProjectStatus.values().length]),
              String.valueOf(i % 5),
              "cast(" + DATES[i % DATES.length] + " as date)",
              "cast(" + (i + 3) + " as bigint)",
              "cast(" + i + " as bigint)"));
      recommendations.add(
          String.join(
              ", ",
              uuid(i),
              i % 5 == 4 ? "cast(null as uuid)" : uuid(300 + i),
              "'Le Bernardin'",
              i % 5 == 4 ? "null" : wire(ResourceType.values()[i % ResourceType.values().length]),
              i % 5 == 4 || i % 3 == 0 ? "false" : "true",
              i % 3 == 1 ? "null" : "'Anniversary dinner'",
              i % 2 == 0 ? "null" : "'Ask for the window table'",
              "cast(" + INSTANTS[1 + i % (INSTANTS.length - 1)] + " as timestamptz)"));
    }

    assertReadAlike(
        ScheduledDate.class,
        JdbiDashboardStore.SCHEDULED_DATE,
        "date_item_id, title, date_value, recurrence_rule, leap_day_policy, next_occurrence,"
            + " category_id, category_name, category_icon, reminder_count",
        dates);
    assertReadAlike(
        ConversationSummary.class,
        JdbiDashboardStore.CONVERSATION,
        "conversation_id, channel_type, last_message_preview, last_message_at, message_count",
        conversations);
    assertReadAlike(
        JdbiDashboardStore.ProjectRow.class,
        JdbiDashboardStore.PROJECT,
        "project_id, title, status, priority, due_date, total_tasks, completed_tasks",
        projects);
    assertReadAlike(
        RecommendationSummary.class,
        JdbiDashboardStore.RECOMMENDATION,
        "recommendation_id, resource_id, venue_name, category, in_catalogue, title, notes, created_at",
        recommendations);
  }

  private <T> void assertReadAlike(
      Class<T> type, RowMapper<T> byHand, String columns, List<String> rows) {
    String sql =
        "select * from (values (" + String.join("), (", rows) + ")) as row(" + columns + ")";

    List<T> read = jdbi.withHandle(h -> h.createQuery(sql).map(byHand).list());
    List<T> constructed =
        jdbi.withHandle(h -> h.createQuery(sql).map(ConstructorMapper.of(type)).list());

    assertThat(read).hasSize(rows.size()).isEqualTo(constructed);
  }

  /** The same id in both reads of a row. */
  private static String uuid(int n) {
    return String.format("cast('00000000-0000-4000-8000-%012d' as uuid)", n);
  }

  private static String wire(Enum<?> value) {
    return "'" + ColumnTypes.wireName(value) + "'";
  }
}
