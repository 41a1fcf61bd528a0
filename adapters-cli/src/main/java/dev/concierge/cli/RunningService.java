package dev.concierge.cli;

import dev.concierge.core.access.ApiKeys;
import dev.concierge.core.access.IssuedApiKey;
import dev.concierge.core.accounts.Accounts;
import dev.concierge.core.accounts.PasswordHashing;
import dev.concierge.core.health.CheckHealth;
import dev.concierge.core.organization.Organization;
import dev.concierge.core.proactive.CheckInReport;
import dev.concierge.core.reminders.delivery.DispatchReport;
import dev.concierge.core.reminders.planning.RollOverDueDates;
import dev.concierge.core.reminders.planning.SchedulePlanner;
import dev.concierge.core.reminders.planning.ScheduleTotals;
import dev.concierge.http.ApiUseCases;
import dev.concierge.http.HttpServer;
import dev.concierge.http.HttpSettings;
import dev.concierge.http.auth.Argon2PasswordHashing;
import dev.concierge.http.metrics.ServiceMetrics;
import dev.concierge.persistence.JdbiDateSchedules;
import dev.concierge.persistence.JdbiReminderDispatch;
import dev.concierge.persistence.Migrations;
import dev.concierge.persistence.PostgresDatabase;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root of {@code serve}: opens the database, migrates it, wires the use cases to
 * their adapters, starts the HTTP API and the background jobs. Closing stops everything in reverse
 * order.
 */
public final class RunningService implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(RunningService.class);

  private final AutoCloseable database;
  private final String databaseDescription;
  private final HttpServer http;
  private final PeriodicJobs jobs;
  private final AutoCloseable delivery;
  private final IssuedApiKey firstAdminKey;
  private final ApiKeys apiKeys;
  private final Accounts accounts;
  private final AtomicBoolean closed = new AtomicBoolean();

  private RunningService(
      AutoCloseable database,
      String databaseDescription,
      HttpServer http,
      PeriodicJobs jobs,
      AutoCloseable delivery,
      IssuedApiKey firstAdminKey,
      ApiKeys apiKeys,
      Accounts accounts) {
    this.database = database;
    this.databaseDescription = databaseDescription;
    this.http = http;
    this.jobs = jobs;
    this.delivery = delivery;
    this.firstAdminKey = firstAdminKey;
    this.apiKeys = apiKeys;
    this.accounts = accounts;
  }

  public static RunningService start(Settings settings) {
    DatabaseSession database = DatabaseSession.open(settings, "serve");
    try {
      Migrations.MigrationOutcome migrated = database.migrations().migrate();
      if (!migrated.appliedVersions().isEmpty()) {
        log.info("Applied migrations {}", migrated.appliedVersions());
      }
      // a fresh installation must be usable without a second command, so it gets a key
      IssuedApiKey firstKey =
          ApiWiring.apiKeys(database.database())
              .issueFirstAdminKey(Organization.DEFAULT_ID)
              .orElse(null);
      if (firstKey != null) {
        AdminKeyFile.write(settings.dataDir(), firstKey.secret());
      }
      Clock clock = Clock.systemUTC();
      ServiceMetrics metrics = metrics(database.database(), clock);
      ApiUseCases useCases =
          ApiWiring.useCases(
              database.database(),
              clock,
              ApiWiring.SignIn.of(settings, clock, new Argon2PasswordHashing()));
      HttpServer http =
          startHttp(settings, database.database(), useCases, metrics, System::nanoTime);
      DeliveryWiring delivery =
          DeliveryWiring.open(settings, database.database(), metrics.deliveryListener(), clock);
      PeriodicJobs jobs = startJobs(settings, database.database(), delivery, clock);
      log.info(
          "{} {} serving with database {}",
          settings.appName(),
          settings.appVersion(),
          database.describe());
      return new RunningService(
          database,
          database.describe(),
          http,
          jobs,
          closingBoth(delivery, metrics),
          firstKey,
          useCases.apiKeys(),
          useCases.accounts());
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  /**
   * Serves on a database that is already open and migrated, and leaves it open on close: what tests
   * use to run the whole API on the database they share. No background jobs run.
   */
  static RunningService startOn(Settings settings, PostgresDatabase database) {
    return startOn(settings, database, Clock.systemUTC());
  }

  /** The same, with the use cases' "now" given by {@code clock} (tests fix it). */
  static RunningService startOn(Settings settings, PostgresDatabase database, Clock clock) {
    return startOn(settings, database, clock, System::nanoTime);
  }

  /** The same, with the rate limits refilling by {@code nanoTime} (tests move it). */
  static RunningService startOn(
      Settings settings, PostgresDatabase database, Clock clock, LongSupplier nanoTime) {
    return startOn(settings, database, clock, nanoTime, new Argon2PasswordHashing());
  }

  /** The same, with passwords hashed by {@code hashing} (tests make it cheap). */
  static RunningService startOn(
      Settings settings,
      PostgresDatabase database,
      Clock clock,
      LongSupplier nanoTime,
      PasswordHashing hashing) {
    ServiceMetrics metrics = metrics(database, clock);
    ApiUseCases useCases =
        ApiWiring.useCases(database, clock, ApiWiring.SignIn.of(settings, clock, hashing));
    return new RunningService(
        () -> {},
        database.url().redacted(),
        startHttp(settings, database, useCases, metrics, nanoTime),
        new PeriodicJobs(),
        metrics::close,
        null,
        useCases.apiKeys(),
        useCases.accounts());
  }

  private static ServiceMetrics metrics(PostgresDatabase database, Clock clock) {
    return new ServiceMetrics(new JdbiReminderDispatch(database.jdbi()), clock);
  }

  /** Delivery stops first (its last attempts still reach the metrics), then the metrics. */
  private static AutoCloseable closingBoth(DeliveryWiring delivery, ServiceMetrics metrics) {
    return () -> {
      try {
        delivery.close();
      } finally {
        metrics.close();
      }
    };
  }

  private static HttpServer startHttp(
      Settings settings,
      PostgresDatabase database,
      ApiUseCases useCases,
      ServiceMetrics metrics,
      LongSupplier nanoTime) {
    CheckHealth checkHealth = new CheckHealth(settings.appVersion(), database);
    return new HttpServer(
            new HttpSettings(
                settings.host(),
                settings.port(),
                HttpSettings.ONE_MEGABYTE,
                settings.debug(),
                settings.frontendUrl(),
                settings.rateLimits(),
                settings.shutdownGrace(),
                settings.metricsToken()),
            checkHealth,
            useCases,
            metrics,
            nanoTime)
        .start();
  }

  private static PeriodicJobs startJobs(
      Settings settings, PostgresDatabase database, DeliveryWiring delivery, Clock clock) {
    RollOverDueDates rollOver =
        new RollOverDueDates(
            new JdbiDateSchedules(database.jdbi()), new SchedulePlanner(clock), clock);
    PeriodicJobs jobs = new PeriodicJobs();
    jobs.every(
        "date roll-over",
        settings.reminderCheckInterval(),
        () -> {
          ScheduleTotals totals = rollOver.rollOver();
          if (totals.itemsChanged() > 0 || totals.remindersChanged() > 0) {
            log.info(
                "Rolled over {} date(s), re-armed {} reminder(s)",
                totals.itemsChanged(),
                totals.remindersRearmed());
          }
        });
    jobs.every(
        "reminder delivery",
        settings.reminderCheckInterval(),
        () -> {
          DispatchReport report = delivery.dispatcher().dispatchUntilIdle();
          if (report.claimed() > 0) {
            log.info(
                "Delivered {} reminder(s), {} failed, {} to retry",
                report.delivered(),
                report.failed(),
                report.retrying());
          }
        });
    jobs.every(
        "proactive check-ins",
        settings.reminderCheckInterval(),
        () -> {
          CheckInReport report = delivery.checkIns().run(clock.instant());
          if (report.organizationsRun() > 0) {
            log.info(
                "Proactive check-ins in {} organization(s): {} candidate(s), {} sent, {} failed",
                report.organizationsRun(),
                report.candidates(),
                report.sent(),
                report.failed());
          }
        });
    return jobs;
  }

  public int port() {
    return http.port();
  }

  /** The admin key created on this start, when the installation had none. */
  Optional<IssuedApiKey> firstAdminKey() {
    return Optional.ofNullable(firstAdminKey);
  }

  /** The key use cases the HTTP API authenticates with (revoking here takes effect at once). */
  ApiKeys apiKeys() {
    return apiKeys;
  }

  /** The account use cases the HTTP API signs in with (changes here take effect at once). */
  Accounts accounts() {
    return accounts;
  }

  HttpServer http() {
    return http;
  }

  String databaseDescription() {
    return databaseDescription;
  }

  /**
   * How a stop went.
   *
   * @param draining how long the requests in flight took to finish, the port already closed
   * @param failed each part that did not stop cleanly, with why; empty for a clean stop
   */
  record Stopped(Duration draining, List<String> failed) {
    Stopped {
      failed = List.copyOf(failed);
    }

    boolean clean() {
      return failed.isEmpty();
    }
  }

  /**
   * Stops taking requests and lets those in flight finish (up to SHUTDOWN_GRACE), then stops the
   * jobs, gives back the dispatcher's reminder claims and closes the database, which the requests
   * and the claims still needed. A part that fails to stop is logged and the rest still stop.
   *
   * @return how it went, or empty when another call already stopped or is stopping the service
   */
  Optional<Stopped> stop() {
    if (!closed.compareAndSet(false, true)) {
      return Optional.empty();
    }
    List<String> failed = new ArrayList<>();
    long started = System.nanoTime();
    // requests still running when the grace runs out are cut off, and Jetty says so by throwing
    stopPart("the HTTP API", http::stop, failed);
    Duration draining = Duration.ofNanos(System.nanoTime() - started);
    stopPart("the background jobs", jobs::close, failed);
    stopPart("reminder delivery", delivery::close, failed);
    stopPart("the database", database::close, failed);
    return Optional.of(new Stopped(draining, failed));
  }

  private static void stopPart(String part, AutoCloseable closing, List<String> failed) {
    try {
      closing.close();
    } catch (Exception e) {
      String why = why(e);
      log.warn("Stopping {} failed: {}", part, why);
      failed.add(part + " (" + why + ")");
    }
  }

  private static String why(Exception e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof TimeoutException) {
        return "requests still running when SHUTDOWN_GRACE ran out were cut off";
      }
    }
    return ExitCodes.describe(e.getCause() == null ? e : e.getCause());
  }

  /** {@link #stop()}, for try-with-resources and shutdown hooks. Closing again does nothing. */
  @Override
  public void close() {
    stop();
  }
}
