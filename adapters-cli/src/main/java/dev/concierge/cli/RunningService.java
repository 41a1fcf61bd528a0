package dev.concierge.cli;

import dev.concierge.core.health.CheckHealth;
import dev.concierge.core.schedule.RollOverDueDates;
import dev.concierge.core.schedule.SchedulePlanner;
import dev.concierge.core.schedule.ScheduleTotals;
import dev.concierge.http.HttpServer;
import dev.concierge.http.HttpSettings;
import dev.concierge.persistence.JdbiDateSchedules;
import dev.concierge.persistence.Migrations;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root of {@code serve}: opens the database, migrates it, wires the use cases to
 * their adapters and starts the HTTP API. Closing stops everything in reverse order.
 */
public final class RunningService implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(RunningService.class);

  private final DatabaseSession database;
  private final HttpServer http;
  private final PeriodicJobs jobs;

  private RunningService(DatabaseSession database, HttpServer http, PeriodicJobs jobs) {
    this.database = database;
    this.http = http;
    this.jobs = jobs;
  }

  public static RunningService start(Settings settings) {
    DatabaseSession database = DatabaseSession.open(settings, "serve");
    try {
      Migrations.MigrationOutcome migrated = database.migrations().migrate();
      if (!migrated.appliedVersions().isEmpty()) {
        log.info("Applied migrations {}", migrated.appliedVersions());
      }
      CheckHealth checkHealth = new CheckHealth(settings.appVersion(), database.database());
      HttpServer http =
          new HttpServer(
                  new HttpSettings(
                      "0.0.0.0", settings.port(), HttpSettings.ONE_MEGABYTE, settings.debug()),
                  checkHealth)
              .start();
      PeriodicJobs jobs = startJobs(settings, database);
      log.info(
          "{} {} serving with database {}",
          settings.appName(),
          settings.appVersion(),
          database.describe());
      return new RunningService(database, http, jobs);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  private static PeriodicJobs startJobs(Settings settings, DatabaseSession database) {
    Clock clock = Clock.systemUTC();
    RollOverDueDates rollOver =
        new RollOverDueDates(
            new JdbiDateSchedules(database.database().jdbi()), new SchedulePlanner(clock), clock);
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
    return jobs;
  }

  public int port() {
    return http.port();
  }

  String databaseDescription() {
    return database.describe();
  }

  @Override
  public void close() {
    http.stop();
    jobs.close();
    database.close();
  }
}
