package dev.concierge.benchmarks;

import dev.concierge.core.reminders.planning.BackfillNextOccurrences;
import dev.concierge.core.reminders.planning.ScheduleTotals;
import dev.concierge.persistence.JdbiScheduleStore;
import dev.concierge.persistence.PostgresDatabase;
import java.io.IOException;
import java.time.Clock;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * Load command: the backfill of next occurrences and lead-time reminder times over a generated
 * organization, against real PostgreSQL (embedded in a temporary directory, or DATABASE_URL).
 *
 * <pre>
 * mvn -B -q -DskipTests package -pl benchmarks -am
 * java -cp benchmarks/target/benchmarks.jar dev.concierge.benchmarks.BackfillLoad [ITEMS] [BATCH] [WORKERS]
 * </pre>
 *
 * Generates ITEMS date items (default 1,000,000: ten per person, one in ten a
 * last-weekday-of-the-month rule, the rest yearly, persons spread over six zones) each with a
 * 14-day lead-time reminder, then times a first backfill (writes everything) and a second one
 * (nothing to change).
 */
public final class BackfillLoad {
  private BackfillLoad() {}

  public static void main(String[] args) throws IOException {
    int items = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int batch =
        args.length > 1 ? Integer.parseInt(args[1]) : BackfillNextOccurrences.DEFAULT_BATCH_SIZE;
    int workers = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    try (LoadDatabase load = LoadDatabase.open("concierge-backfill-load")) {
      PostgresDatabase database = load.database();
      Jdbi jdbi = database.jdbi();
      long t0 = System.nanoTime();
      UUID org = generate(jdbi, items);
      report("generated " + items + " date items and reminders", t0, items);

      var backfill = new BackfillNextOccurrences(new JdbiScheduleStore(jdbi), Clock.systemUTC());
      long t1 = System.nanoTime();
      ScheduleTotals first = backfill.run(org, false, batch, workers, progress -> {});
      report("first backfill (writes): " + first, t1, first.examined());
      long t2 = System.nanoTime();
      ScheduleTotals second = backfill.run(org, false, batch, workers, progress -> {});
      report("second backfill (no changes): " + second, t2, second.examined());
    }
  }

  private static UUID generate(Jdbi jdbi, int items) {
    int persons = Math.max(1, items / 10);
    return jdbi.inTransaction(
        handle -> {
          UUID org =
              handle
                  .createQuery(
                      "insert into organizations (name) values ('Backfill load') returning org_id")
                  .mapTo(UUID.class)
                  .one();
          handle
              .createUpdate(
                  """
                  insert into persons (org_id, full_name, person_type, timezone)
                  select :org, 'Person ' || n, 'client',
                         (array['America/New_York', 'Europe/London', 'Asia/Kolkata',
                                'Australia/Sydney', 'America/Los_Angeles',
                                'Australia/Lord_Howe'])[1 + n % 6]
                  from generate_series(1, :persons) n
                  """)
              .bind("org", org)
              .bind("persons", persons)
              .execute();
          handle
              .createUpdate(
                  """
                  insert into date_items (org_id, person_id, title, date_value, recurrence_rule)
                  select p.org_id, p.person_id, 'Date ' || k,
                         date '1950-01-01' + (abs(hashtext(p.person_id::text || k)) % 27000),
                         case when k = 10 then 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1'
                              else 'FREQ=YEARLY' end
                  from persons p cross join generate_series(1, 10) k
                  where p.org_id = :org
                  limit :items
                  """)
              .bind("org", org)
              .bind("items", items)
              .execute();
          handle
              .createUpdate(
                  """
                  insert into reminder_rules (org_id, person_id, date_item_id, reminder_type,
                                              lead_time_days)
                  select org_id, person_id, date_item_id, 'lead_time', 14
                  from date_items where org_id = :org
                  """)
              .bind("org", org)
              .execute();
          handle.execute("analyze");
          return org;
        });
  }

  private static void report(String what, long startedNanos, long count) {
    double seconds = (System.nanoTime() - startedNanos) / 1e9;
    System.out.printf("%s%n  %.1f s, %.0f items/s%n", what, seconds, count / seconds);
    System.out.flush();
  }
}
