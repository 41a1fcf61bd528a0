package dev.concierge.benchmarks;

import dev.concierge.persistence.DatabaseUrl;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Load command: end-to-end reminder delivery to the outbox on real PostgreSQL, against db-scheduler
 * and the original system's approach, on one machine.
 *
 * <pre>
 * mvn -B -q -DskipTests package -pl adapters-cli,benchmarks -am
 * java -cp benchmarks/target/benchmarks.jar dev.concierge.benchmarks.DeliveryLoad \
 *     [REMINDERS] [./concierge-admin] [ROUNDS]
 * </pre>
 *
 * Generates REMINDERS (default 100,000) due reminders for clients with an email identity, then,
 * with fsync on (the embedded defaults) and then off, ROUNDS times (default 1), each phase on the
 * same rows and each process timed from its start to its exit (JVM start included on both sides):
 *
 * <ul>
 *   <li>ours through the launcher: two {@code ./concierge-admin reminders dispatch --until-idle}
 *       processes at once, as an operator runs them (the launcher gives short commands the C1 JIT,
 *       the serial collector and its class-data archive);
 *   <li>ours as the earlier runs started it: two {@code java -jar concierge-admin.jar …} processes,
 *       JVM defaults;
 *   <li>two db-scheduler 16.7.1 instances of 10 threads ({@link DbSchedulerInstance},
 *       lock-and-fetch polling) running as many one-time tasks that each insert a row, JVM
 *       defaults;
 *   <li>the same with the JVM options the launcher gives ours, and a class-data archive of its own;
 *   <li>with {@code -Dfetch=true}, db-scheduler's default fetch polling too.
 * </ul>
 *
 * Each phase ends by counting what was delivered, twice-delivered and left over. With {@code
 * -Dpgss=true} the embedded server loads pg_stat_statements and each of our phases prints its
 * costliest statements and how many of the rules' updates were HOT. With {@code -Doriginal=true},
 * first the original's way (fetch every pending reminder, then one transaction per reminder).
 */
public final class DeliveryLoad {
  /** What the launcher gives every command but serve (see the concierge-admin script). */
  private static final List<String> SHORT_COMMAND_JVM =
      List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

  private DeliveryLoad() {}

  public static void main(String[] args) throws Exception {
    int reminders = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Path launcher = Path.of(args.length > 1 ? args[1] : "concierge-admin").toAbsolutePath();
    Path cliJar = launcher.resolveSibling(Path.of("adapters-cli", "target", "concierge-admin.jar"));
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    boolean original = Boolean.getBoolean("original");
    boolean pgss = Boolean.getBoolean("pgss");
    Path benchmarksJar =
        Path.of(DeliveryLoad.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Map<String, String> serverConfig =
        pgss ? Map.of("shared_preload_libraries", "pg_stat_statements") : Map.of();
    try (LoadDatabase load = LoadDatabase.open("concierge-delivery-load", serverConfig)) {
      DatabaseUrl url = load.url();
      Jdbi jdbi = load.database().jdbi();
      if (pgss) {
        jdbi.useHandle(h -> h.execute("create extension if not exists pg_stat_statements"));
      }
      createDbSchedulerTables(jdbi);
      // untimed: the launcher's first run after a build writes its class-data archive, and
      // db-scheduler's first run writes its own, before anything is due
      dispatchers(url, launcherCommand(launcher), 1);
      Path dbSchedulerArchive = Files.createTempFile("db-scheduler", ".jsa");
      Files.delete(dbSchedulerArchive);
      dbSchedulerArchive.toFile().deleteOnExit();
      dbSchedulerProcesses(
          url,
          benchmarksJar,
          "lock-and-fetch",
          List.of("-XX:ArchiveClassesAtExit=" + dbSchedulerArchive, "-Xlog:cds*=error"),
          1);
      List<String> dbSchedulerTuned = new ArrayList<>(SHORT_COMMAND_JVM);
      dbSchedulerTuned.add("-XX:SharedArchiveFile=" + dbSchedulerArchive);
      long t0 = System.nanoTime();
      generate(jdbi, reminders);
      System.out.printf(
          "generated %d due reminders in %.1f s%n", reminders, (System.nanoTime() - t0) / 1e9);
      if (original) {
        double naive =
            timed("original approach (fetch all, one transaction each)", jdbi, () -> naive(jdbi));
        reset(jdbi);
        double one =
            timed(
                "1 dispatcher process", jdbi, () -> dispatchers(url, launcherCommand(launcher), 1));
        reset(jdbi);
        System.out.printf(
            "rates: original %.0f/s, 1 process %.0f/s (%.1fx)%n", naive, one, one / naive);
      }
      List<String> plainJar =
          List.of(javaBinary(), "-jar", cliJar.toString(), "reminders", "dispatch", "--until-idle");
      for (boolean durable : new boolean[] {true, false}) {
        durability(jdbi, durable);
        String setting = durable ? "fsync on" : "fsync off";
        List<String> summary = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
          reset(jdbi);
          double ours =
              profiled(
                  pgss,
                  jdbi,
                  setting + ", 2 processes of ./concierge-admin reminders dispatch --until-idle",
                  () -> dispatchers(url, launcherCommand(launcher), 2));
          reset(jdbi);
          double oursPlain =
              profiled(
                  pgss,
                  jdbi,
                  setting + ", 2 processes of java -jar concierge-admin.jar (JVM defaults)",
                  () -> dispatchers(url, plainJar, 2));
          double lockAndFetch =
              dbScheduler(
                  jdbi, url, benchmarksJar, reminders, setting, "lock-and-fetch", List.of());
          double lockAndFetchTuned =
              dbScheduler(
                  jdbi, url, benchmarksJar, reminders, setting, "lock-and-fetch", dbSchedulerTuned);
          summary.add(
              String.format(
                  "ours (launcher) %.0f/s, ours (java -jar) %.0f/s, db-scheduler lock-and-fetch"
                      + " %.0f/s (JVM defaults), %.0f/s (the launcher's JVM options and an"
                      + " archive); launcher ÷ db-scheduler same options %.2fx, java -jar ÷"
                      + " db-scheduler defaults %.2fx, launcher ÷ db-scheduler defaults %.2fx",
                  ours,
                  oursPlain,
                  lockAndFetch,
                  lockAndFetchTuned,
                  ours / lockAndFetchTuned,
                  oursPlain / lockAndFetch,
                  ours / lockAndFetch));
          if (Boolean.getBoolean("fetch")) {
            double fetch =
                dbScheduler(jdbi, url, benchmarksJar, reminders, setting, "fetch", List.of());
            summary.add(String.format("ours (launcher) ÷ db-scheduler fetch %.2fx", ours / fetch));
          }
        }
        summary.forEach(line -> System.out.println(setting + ": " + line));
      }
    }
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static List<String> launcherCommand(Path launcher) {
    return List.of(launcher.toString(), "reminders", "dispatch", "--until-idle");
  }

  /**
   * A timed phase of ours; with pg_stat_statements, then its costliest statements (database time
   * per delivered reminder) and the share of the rules' updates that were HOT.
   */
  private static double profiled(boolean pgss, Jdbi jdbi, String name, Phase phase)
      throws Exception {
    if (!pgss) {
      return timed(name, jdbi, phase);
    }
    jdbi.useHandle(h -> h.execute("select pg_stat_statements_reset()"));
    long[] before = updates(jdbi);
    double rate = timed(name, jdbi, phase);
    long[] after = updates(jdbi);
    long delivered =
        count(jdbi, "select count(*) from reminder_deliveries where status = 'delivered'");
    System.out.printf(
        "  reminder_rules: %d updates, %d HOT (%.0f %%)%n",
        after[0] - before[0],
        after[1] - before[1],
        100.0 * (after[1] - before[1]) / Math.max(1, after[0] - before[0]));
    jdbi.useHandle(
        h ->
            h.createQuery(
                    """
                    select calls, rows, total_exec_time, left(regexp_replace(query, '\\s+', ' ',
                           'g'), 70) as query
                    from pg_stat_statements where dbid = (select oid from pg_database
                                                          where datname = current_database())
                    order by total_exec_time desc limit 6
                    """)
                .mapToMap()
                .forEach(
                    row ->
                        System.out.printf(
                            "  %7.1f s %6.0f µs/reminder %6d calls  %s%n",
                            ((Number) row.get("total_exec_time")).doubleValue() / 1000,
                            ((Number) row.get("total_exec_time")).doubleValue()
                                * 1000
                                / Math.max(1, delivered),
                            ((Number) row.get("calls")).longValue(),
                            row.get("query"))));
    return rate;
  }

  private static long[] updates(Jdbi jdbi) {
    jdbi.useHandle(h -> h.execute("select pg_stat_force_next_flush()"));
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "select n_tup_upd, n_tup_hot_upd from pg_stat_user_tables"
                        + " where relname = 'reminder_rules'")
                .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .one());
  }

  /** The embedded defaults (durable), or PostgreSQL's fast settings for throw-away data. */
  private static void durability(Jdbi jdbi, boolean durable) {
    String on = durable ? "on" : "off";
    jdbi.useHandle(
        h -> {
          h.execute("alter system set fsync = " + on);
          h.execute("alter system set synchronous_commit = " + on);
          h.execute("alter system set full_page_writes = " + on);
          h.execute("select pg_reload_conf()");
        });
  }

  private static double dbScheduler(
      Jdbi jdbi,
      DatabaseUrl url,
      Path benchmarksJar,
      int tasks,
      String setting,
      String polling,
      List<String> jvmOptions)
      throws Exception {
    jdbi.useTransaction(
        h -> {
          h.execute("truncate dbs_deliveries, scheduled_tasks");
          h.createUpdate(
                  """
                  insert into scheduled_tasks (task_name, task_instance, execution_time, picked,
                    consecutive_failures, version, priority)
                  select :task, 'r-' || i, now() - interval '1 hour' - (i * interval '1 ms'),
                         false, 0, 1, 0
                  from generate_series(1, :tasks) i
                  """)
              .bind("task", DbSchedulerInstance.TASK)
              .bind("tasks", tasks)
              .execute();
        });
    jdbi.useHandle(h -> h.execute("vacuum analyze scheduled_tasks, dbs_deliveries"));
    long started = System.nanoTime();
    List<String> outputs = dbSchedulerProcesses(url, benchmarksJar, polling, jvmOptions, 2);
    double seconds = (System.nanoTime() - started) / 1e9;
    long done = count(jdbi, "select count(*) from dbs_deliveries");
    long left = count(jdbi, "select count(*) from scheduled_tasks");
    double rate = done / seconds;
    System.out.printf(
        "%s, db-scheduler 16.7.1 (%s%s), 2 instances x 10 threads: %d tasks ran in %.1f s ="
            + " %.0f/s; left: %d%n",
        setting,
        polling,
        jvmOptions.isEmpty() ? ", JVM defaults" : ", " + String.join(" ", jvmOptions),
        done,
        seconds,
        rate,
        left);
    outputs.forEach(out -> System.out.print("  " + out));
    return rate;
  }

  /** Runs {@code instances} db-scheduler processes at once until none has anything left to do. */
  private static List<String> dbSchedulerProcesses(
      DatabaseUrl url, Path benchmarksJar, String polling, List<String> jvmOptions, int instances)
      throws IOException, InterruptedException {
    List<List<String>> commands = new ArrayList<>();
    for (int i = 0; i < instances; i++) {
      List<String> command = new ArrayList<>();
      command.add(javaBinary());
      command.addAll(jvmOptions);
      command.addAll(
          List.of(
              "-cp",
              benchmarksJar.toString(),
              DbSchedulerInstance.class.getName(),
              url.jdbcUrl(),
              url.user(),
              url.password() == null ? "" : url.password(),
              polling));
      commands.add(command);
    }
    return run(commands, Map.of(), "db-scheduler instance");
  }

  /** Starts every command at once, waits for all, and returns what each printed. */
  private static List<String> run(
      List<List<String>> commands, Map<String, String> environment, String what)
      throws IOException, InterruptedException {
    List<Process> running = new ArrayList<>();
    List<Path> outputs = new ArrayList<>();
    for (List<String> command : commands) {
      Path out = Files.createTempFile("delivery-load", ".out");
      ProcessBuilder builder = new ProcessBuilder(command);
      builder.environment().putAll(environment);
      builder.redirectOutput(out.toFile());
      builder.redirectError(ProcessBuilder.Redirect.INHERIT);
      running.add(builder.start());
      outputs.add(out);
    }
    List<String> printed = new ArrayList<>();
    for (int i = 0; i < running.size(); i++) {
      if (!running.get(i).waitFor(30, TimeUnit.MINUTES) || running.get(i).exitValue() != 0) {
        throw new IllegalStateException(what + " " + i + " failed");
      }
      printed.add(Files.readString(outputs.get(i), StandardCharsets.UTF_8));
      Files.delete(outputs.get(i));
    }
    return printed;
  }

  private static void createDbSchedulerTables(Jdbi jdbi) {
    jdbi.useHandle(
        h -> {
          // db-scheduler's own PostgreSQL table and indexes, as its documentation ships them
          h.execute(
              """
              create table scheduled_tasks (
                task_name text not null, task_instance text not null, task_data bytea,
                execution_time timestamptz not null, picked boolean not null, picked_by text,
                last_success timestamptz, last_failure timestamptz, consecutive_failures int,
                last_heartbeat timestamptz, version bigint not null, priority smallint,
                primary key (task_name, task_instance))
              """);
          h.execute("create index execution_time_idx on scheduled_tasks (execution_time)");
          h.execute("create index last_heartbeat_idx on scheduled_tasks (last_heartbeat)");
          h.execute(
              "create index priority_execution_time_idx on scheduled_tasks"
                  + " (priority desc, execution_time asc)");
          h.execute(
              "create table dbs_deliveries (task_instance text primary key, message text not null,"
                  + " delivered_at timestamptz not null)");
        });
  }

  private interface Phase {
    void run() throws Exception;
  }

  private static double timed(String name, Jdbi jdbi, Phase phase) throws Exception {
    long due = count(jdbi, "select count(*) from reminder_rules where sent_at is null");
    long started = System.nanoTime();
    phase.run();
    double seconds = (System.nanoTime() - started) / 1e9;
    long delivered =
        count(jdbi, "select count(*) from reminder_deliveries where status = 'delivered'");
    long twice =
        count(
            jdbi,
            "select count(*) from (select reminder_rule_id from reminder_deliveries"
                + " where status = 'delivered' group by reminder_rule_id having count(*) > 1) d");
    long left = count(jdbi, "select count(*) from reminder_rules where sent_at is null");
    double rate = delivered / seconds;
    System.out.printf(
        "%s: %d due, %d delivered in %.1f s = %.0f/s; delivered twice: %d; left: %d%n",
        name, due, delivered, seconds, rate, twice, left);
    return rate;
  }

  /**
   * The original worker: every pending reminder in one fetch, then for each a transaction that
   * writes the delivery and marks the reminder sent. The message is built and "sent" to the outbox
   * as ours is, so only the database access pattern differs.
   */
  private static void naive(Jdbi jdbi) {
    List<Map<String, Object>> pending =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        """
                        select r.reminder_rule_id, r.org_id, r.scheduled_datetime,
                               r.comm_identity_id, i.identity_value, p.full_name
                        from reminder_rules r
                        join persons p on p.person_id = r.person_id
                        join comm_identities i on i.comm_identity_id = r.comm_identity_id
                        where r.sent_at is null and r.deleted_at is null
                        """)
                    .mapToMap()
                    .list());
    for (Map<String, Object> reminder : pending) {
      OffsetDateTime due =
          ((Timestamp) reminder.get("scheduled_datetime")).toInstant().atOffset(ZoneOffset.UTC);
      if (due.toInstant().isAfter(Instant.now())) {
        continue;
      }
      String message = "Hi " + reminder.get("full_name") + ", a reminder from your concierge.";
      jdbi.useTransaction(h -> deliverOne(h, reminder, due, message));
    }
  }

  private static void deliverOne(
      Handle h, Map<String, Object> reminder, OffsetDateTime due, String message) {
    Instant now = Instant.now();
    h.createUpdate(
            """
            insert into reminder_deliveries (org_id, reminder_rule_id, scheduled_datetime,
              attempt_number, channel_type, comm_identity_id, recipient, provider,
              rendered_message, composed_by, status, provider_message_id, started_at, finished_at)
            values (:org, :rule, :due, 1, 'email', :identity, :recipient, 'outbox', :message,
              'template', 'delivered', :providerId, :now, :now)
            """)
        .bind("org", (UUID) reminder.get("org_id"))
        .bind("rule", (UUID) reminder.get("reminder_rule_id"))
        .bind("due", due)
        .bind("identity", (UUID) reminder.get("comm_identity_id"))
        .bind("recipient", (String) reminder.get("identity_value"))
        .bind("message", message)
        .bind("providerId", "outbox:" + reminder.get("reminder_rule_id"))
        .bind("now", now.atOffset(ZoneOffset.UTC))
        .execute();
    h.createUpdate(
            "update reminder_rules set sent_at = :now, attempt_count = attempt_count + 1"
                + " where reminder_rule_id = :rule")
        .bind("now", now.atOffset(ZoneOffset.UTC))
        .bind("rule", (UUID) reminder.get("reminder_rule_id"))
        .execute();
  }

  private static void dispatchers(DatabaseUrl url, List<String> command, int processes)
      throws IOException, InterruptedException {
    Map<String, String> environment =
        Map.of(
            "DATABASE_URL",
            url.jdbcUrl()
                + "?user="
                + url.user()
                + (url.password() == null ? "" : "&password=" + url.password()));
    List<String> printed =
        run(Collections.nCopies(processes, command), environment, "dispatcher process");
    for (int i = 0; i < printed.size(); i++) {
      System.out.print("  process " + i + ": " + printed.get(i));
    }
  }

  private static void reset(Jdbi jdbi) {
    jdbi.useTransaction(
        h -> {
          h.execute("delete from reminder_deliveries");
          h.execute(
              "update reminder_rules set sent_at = null, failed_at = null, attempt_count = 0,"
                  + " next_attempt_at = null, claimed_by = null, claim_expires_at = null");
        });
    jdbi.useHandle(h -> h.execute("vacuum analyze reminder_rules, reminder_deliveries"));
  }

  private static void generate(Jdbi jdbi, int reminders) {
    jdbi.useTransaction(
        h -> {
          UUID org =
              h.createQuery(
                      "insert into organizations (name) values ('Delivery load') returning org_id")
                  .mapTo(UUID.class)
                  .one();
          int persons = Math.max(1, reminders / 5);
          h.createUpdate(
                  """
                  insert into persons (org_id, full_name, person_type, timezone)
                  select :org, 'Client ' || i, 'client', 'America/New_York'
                  from generate_series(1, :persons) i
                  """)
              .bind("org", org)
              .bind("persons", persons)
              .execute();
          h.createUpdate(
                  """
                  insert into comm_identities (org_id, person_id, channel_type, identity_value,
                    is_primary)
                  select :org, person_id, 'email', 'client-' || person_id || '@example.invalid', true
                  from persons where org_id = :org
                  """)
              .bind("org", org)
              .execute();
          h.createUpdate(
                  """
                  insert into reminder_rules (org_id, person_id, comm_identity_id, channel_type,
                    reminder_type, scheduled_datetime)
                  select :org, i.person_id, i.comm_identity_id, 'email', 'scheduled',
                         now() - interval '1 hour' - (g * interval '1 second')
                  from comm_identities i cross join generate_series(1, 5) g
                  where i.org_id = :org
                  limit :reminders
                  """)
              .bind("org", org)
              .bind("reminders", reminders)
              .execute();
        });
    jdbi.useHandle(h -> h.execute("vacuum analyze"));
  }

  private static long count(Jdbi jdbi, String sql) {
    return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }
}
