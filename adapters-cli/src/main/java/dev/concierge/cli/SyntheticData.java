package dev.concierge.cli;

import dev.concierge.core.errors.ValidationException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Synthetic data for benchmarks and load tests, written with set-based SQL ({@code insert … select
 * … from generate_series}) in one transaction: either all of it is there or none.
 *
 * <p>Unlike {@link DemoSeed} this bypasses the use cases for speed; next occurrences and lead-time
 * reminder times are left empty here and computed afterwards by the backfill use case.
 */
final class SyntheticData {
  static final int PROJECTS_PER_PERSON = 2;
  static final int TASKS_PER_PROJECT = 3;
  static final int LEAD_TIME_DAYS = 14;

  private static final String ZONES =
      "array['America/New_York', 'Europe/London', 'Asia/Kolkata', 'Australia/Sydney',"
          + " 'America/Los_Angeles', 'Asia/Tokyo', 'Europe/Berlin', 'America/Sao_Paulo']";

  /**
   * Names and message phrases to draw from, so that search meets what it would in a real desk: a
   * few thousand distinct names (each shared by some persons, as real ones are) and messages whose
   * words are common (a request, a thank-you) or rare (a place, a brand).
   */
  private static final String FIRST_NAMES =
      "array['Sarah', 'James', 'Maria', 'David', 'Emma', 'Olivia', 'Liam', 'Noah', 'Sophia',"
          + " 'Isabella', 'Lucas', 'Mia', 'Ethan', 'Amelia', 'Harper', 'Alexander', 'Charlotte',"
          + " 'Benjamin', 'Eleanor', 'Henry', 'Grace', 'Daniel', 'Chloe', 'Matthew', 'Victoria',"
          + " 'Samuel', 'Zoe', 'Julian', 'Hannah', 'Gabriel', 'Aria', 'Leo', 'Nora', 'Adrian',"
          + " 'Lily', 'Hugo', 'Clara', 'Felix', 'Ines', 'Marco', 'Yuki', 'Priya', 'Arjun', 'Mei',"
          + " 'Omar', 'Layla', 'Tomas', 'Freya', 'Mateo', 'Elena']";

  private static final String LAST_NAMES =
      "array['Chen', 'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller',"
          + " 'Davis', 'Rodriguez', 'Martinez', 'Hernandez', 'Lopez', 'Wilson', 'Anderson',"
          + " 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin', 'Lee', 'Thompson', 'White',"
          + " 'Harris', 'Clark', 'Lewis', 'Robinson', 'Walker', 'Young', 'Allen', 'King',"
          + " 'Wright', 'Scott', 'Nguyen', 'Hill', 'Flores', 'Green', 'Adams', 'Nelson', 'Baker',"
          + " 'Hall', 'Rivera', 'Campbell', 'Mitchell', 'Carter', 'Roberts', 'Kowalski', 'Tanaka',"
          + " 'Rossi', 'Dubois', 'Schmidt', 'Okafor', 'Patel', 'Kim', 'Novak', 'Larsen', 'Costa',"
          + " 'Fischer', 'Moreau', 'Sato']";

  private static final String REQUESTS =
      "array['Could you book a table for two', 'Please reserve the yacht',"
          + " 'Can you find a florist for the anniversary', 'We need a babysitter',"
          + " 'Please renew the tennis club membership', 'Could you arrange a car to the airport',"
          + " 'Book the chalet in Aspen', 'Find tickets for the opera',"
          + " 'Schedule the pool maintenance', 'Order a birthday cake',"
          + " 'Arrange the school pickup', 'Reserve a suite in Paris',"
          + " 'Find a private chef for the dinner party', 'Book a spa day',"
          + " 'Can you get the passport renewed', 'Please plan the wedding rehearsal dinner',"
          + " 'Find a dog walker', 'Book flights to Tokyo', 'Order flowers for her mother',"
          + " 'Arrange a wine tasting']";

  private static final String WHEN =
      "array['this Friday', 'next weekend', 'on Saturday evening', 'before the holidays',"
          + " 'for her birthday', 'for our anniversary', 'next month', 'tomorrow morning',"
          + " 'after the board meeting', 'during spring break', 'in December', 'on Sunday',"
          + " 'for the summer', 'by the end of the week', 'for the gala']";

  private static final String DETAILS =
      "array['Thank you so much!', 'Somewhere quiet with a view please.',"
          + " 'Nobu or something similar would be lovely.', 'Vegetarian options are a must.',"
          + " 'Budget is flexible.', 'The kids will join us.', 'Let me know the options.',"
          + " 'Same as last year would be perfect.', 'Please confirm by email.',"
          + " 'She is allergic to peanuts.', 'Champagne on arrival if possible.',"
          + " 'Keep it a surprise.', 'Call me if anything changes.',"
          + " 'Ask for the corner table.', 'Gluten free please.']";

  /** A request, when, and a detail, varied by person and message. */
  private static final String MESSAGE_CONTENT =
      "("
          + REQUESTS
          + ")[1 + (g.n * 7 + j * 13) % 20] || ' ' || ("
          + WHEN
          + ")[1 + (g.n + j * 3) % 15] || '. ' || ("
          + DETAILS
          + ")[1 + (g.n * 3 + j) % 15]";

  /** What to generate. */
  record Spec(int persons, int datesPerPerson, int dueNow, int messagesPerPerson, UUID orgId) {
    Spec {
      check("persons", persons, 1, 10_000_000);
      check("dates-per-person", datesPerPerson, 0, 1_000);
      check("due-now", dueNow, 0, 10_000_000);
      check("messages-per-person", messagesPerPerson, 0, 10_000);
    }

    private static void check(String field, int value, int min, int max) {
      if (value < min || value > max) {
        throw new ValidationException(
            field, "must be between " + min + " and " + max + ", got " + value);
      }
    }
  }

  /** The organization written to, whether it was created, and the rows added per table. */
  record Outcome(UUID orgId, boolean newOrganization, Map<String, Long> counts) {}

  private SyntheticData() {}

  static Outcome generate(Jdbi jdbi, Spec spec) {
    return jdbi.inTransaction(handle -> generate(handle, spec));
  }

  private static Outcome generate(Handle handle, Spec spec) {
    handle.execute("set local synchronous_commit = off");
    UUID org = spec.orgId();
    boolean created = org == null;
    if (created) {
      org =
          handle
              .createQuery(
                  "insert into organizations (name) values ('Generated ' ||"
                      + " to_char(now() at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS'))"
                      + " returning org_id")
              .mapTo(UUID.class)
              .one();
    } else if (handle
            .createQuery("select count(*) from organizations where org_id = :org")
            .bind("org", org)
            .mapTo(Integer.class)
            .one()
        == 0) {
      throw new ValidationException("org", "no organization " + org);
    }
    // person numbers continue after earlier runs in the same organization, so that the email
    // addresses (unique per organization and channel) never collide
    long offset =
        handle
            .createQuery(
                """
                select coalesce(max(substring(identity_value from '^person-([0-9]+)@example\\.invalid$')
                                    ::bigint), 0)
                from comm_identities where org_id = :org and channel_type = 'email'
                """)
            .bind("org", org)
            .mapTo(Long.class)
            .one();
    handle.execute(
        "create temporary table generated_persons (n bigint primary key, person_id uuid not null,"
            + " comm_identity_id uuid not null, conversation_id uuid not null) on commit drop");
    handle
        .createUpdate(
            """
            insert into generated_persons (n, person_id, comm_identity_id, conversation_id)
            select n, gen_random_uuid(), gen_random_uuid(), gen_random_uuid()
            from generate_series(:first, :last) n
            """)
        .bind("first", offset + 1)
        .bind("last", offset + spec.persons())
        .execute();
    // the ids of every row that others refer to are drawn up front, so that no insert below
    // needs a join (the planner has no statistics for rows of this still-open transaction)
    handle.execute(
        "create temporary table generated_dates (date_item_id uuid not null, person_id uuid not"
            + " null, comm_identity_id uuid not null, n bigint not null, k int not null)"
            + " on commit drop");
    handle
        .createUpdate(
            """
            insert into generated_dates
            select gen_random_uuid(), g.person_id, g.comm_identity_id, g.n, k
            from generated_persons g cross join generate_series(1, :m) k
            order by g.n, k
            """)
        .bind("m", spec.datesPerPerson())
        .execute();
    handle.execute(
        "create temporary table generated_projects (project_id uuid not null, person_id uuid not"
            + " null, n bigint not null, p int not null) on commit drop");
    handle
        .createUpdate(
            """
            insert into generated_projects
            select gen_random_uuid(), g.person_id, g.n, p
            from generated_persons g cross join generate_series(1, :p) p
            order by g.n, p
            """)
        .bind("p", PROJECTS_PER_PERSON)
        .execute();
    handle.execute("analyze generated_persons, generated_dates, generated_projects");

    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put(
        "persons",
        insert(
            handle,
            org,
            "insert into persons (person_id, org_id, full_name, person_type, timezone,"
                + " metadata_jsonb) select g.person_id, :org, ("
                + FIRST_NAMES
                + ")[1 + g.n % 50] || ' ' || ("
                + LAST_NAMES
                + ")[1 + (g.n / 50) % 60], 'client', ("
                + ZONES
                + ")[1 + g.n % 8], jsonb_build_object('generated', true)"
                + " from generated_persons g order by g.n"));
    counts.put(
        "comm_identities",
        insert(
            handle,
            org,
            """
            insert into comm_identities (comm_identity_id, org_id, person_id, channel_type,
                                         identity_value, is_primary, is_verified)
            select g.comm_identity_id, :org, g.person_id, 'email',
                   'person-' || g.n || '@example.invalid', true, true
            from generated_persons g order by g.n
            """));
    counts.put(
        "date_items",
        insert(
            handle,
            org,
            """
            insert into date_items (date_item_id, org_id, person_id, title, date_value,
                                    recurrence_rule)
            select d.date_item_id, :org, d.person_id, 'Date ' || d.k,
                   date '1950-01-01' + ((d.n * 7919 + d.k * 104729) % 27000)::int, 'FREQ=YEARLY'
            from generated_dates d
            """));
    counts.put(
        "lead_time_reminders",
        insert(
            handle,
            org,
            """
            insert into reminder_rules (org_id, person_id, date_item_id, comm_identity_id,
                                        channel_type, reminder_type, lead_time_days)
            select :org, d.person_id, d.date_item_id, d.comm_identity_id, 'email', 'lead_time',
                   :lead
            from generated_dates d
            """,
            "lead",
            LEAD_TIME_DAYS));
    counts.put(
        "due_reminders",
        insert(
            handle,
            org,
            """
            insert into reminder_rules (org_id, person_id, comm_identity_id, channel_type,
                                        reminder_type, scheduled_datetime, metadata_jsonb)
            select :org, g.person_id, g.comm_identity_id, 'email', 'scheduled',
                   now() - make_interval(mins => 1 + (r % 120)::int),
                   jsonb_build_object('generated', true, 'note', 'Due reminder ' || r)
            from generate_series(0, :r - 1) r
            join generated_persons g on g.n = :first + (r % :persons)
            """,
            Map.of("r", spec.dueNow(), "first", offset + 1, "persons", spec.persons())));
    if (spec.messagesPerPerson() > 0) {
      counts.put(
          "conversations",
          insert(
              handle,
              org,
              """
              insert into conversations (conversation_id, org_id, person_id, channel_type, subject,
                                         last_message_at)
              select g.conversation_id, :org, g.person_id, 'email',
                     'Conversation with person ' || g.n,
                     now() - interval '1 minute'
              from generated_persons g order by g.n
              """));
      counts.put(
          "messages",
          insert(
              handle,
              org,
              """
              insert into messages (org_id, conversation_id, direction, sender_type,
                                    sender_person_id, content, created_at)
              select :org, g.conversation_id,
                     case when j % 2 = 1 then 'inbound' else 'outbound' end,
                     case when j % 2 = 1 then 'client' else 'staff' end,
                     case when j % 2 = 1 then g.person_id end,
              """
                  + MESSAGE_CONTENT
                  + """
                     , now() - make_interval(mins => (:k - j + 1)::int)
              from generated_persons g cross join generate_series(1, :k) j
              order by g.n, j
              """,
              "k",
              spec.messagesPerPerson()));
    } else {
      counts.put("conversations", 0L);
      counts.put("messages", 0L);
    }
    counts.put(
        "projects",
        insert(
            handle,
            org,
            """
            insert into projects (project_id, org_id, person_id, title, status, priority,
                                  due_date)
            select pr.project_id, :org, pr.person_id, 'Project ' || pr.p || ' for person ' || pr.n,
                   case when pr.p = 1 then 'in_progress' else 'new' end, 1 + (pr.n + pr.p) % 5,
                   current_date + ((pr.n + pr.p * 17) % 90)::int
            from generated_projects pr
            """));
    counts.put(
        "tasks",
        insert(
            handle,
            org,
            """
            insert into tasks (org_id, project_id, title, status, position)
            select :org, pr.project_id, 'Task ' || t,
                   case when t = 1 then 'completed' when t = 2 then 'in_progress'
                        else 'pending' end,
                   t
            from generated_projects pr cross join generate_series(1, :t) t
            order by pr.n, pr.p, t
            """,
            "t",
            TASKS_PER_PROJECT));
    return new Outcome(org, created, counts);
  }

  private static long insert(Handle handle, UUID org, String sql) {
    return insert(handle, org, sql, Map.of());
  }

  private static long insert(Handle handle, UUID org, String sql, String name, int value) {
    return insert(handle, org, sql, Map.of(name, value));
  }

  private static long insert(Handle handle, UUID org, String sql, Map<String, ?> binds) {
    var update = handle.createUpdate(sql).bind("org", org);
    binds.forEach(update::bind);
    return update.execute();
  }
}
