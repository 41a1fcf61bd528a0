package dev.concierge.cli;

import dev.concierge.core.access.ApiKeys;
import dev.concierge.core.access.IssuedApiKey;
import dev.concierge.core.accounts.PasswordHashing;
import dev.concierge.core.digest.DigestReport;
import dev.concierge.core.frontdesk.FrontDeskInbox;
import dev.concierge.core.health.CheckHealth;
import dev.concierge.core.organization.Organization;
import dev.concierge.core.proactive.CheckInReport;
import dev.concierge.core.reminders.delivery.DispatchReport;
import dev.concierge.core.reminders.planning.RollOverDueDates;
import dev.concierge.core.reminders.planning.ScheduleTotals;
import dev.concierge.http.HttpServer;
import dev.concierge.http.WebhookReceiver;
import dev.concierge.http.metrics.ServiceMetrics;
import dev.concierge.library.Concierge;
import dev.concierge.library.ConciergeBuilder;
import dev.concierge.persistence.Migrations;
import dev.concierge.persistence.PostgresDatabase;
import dev.concierge.slack.SlackFrontDesk;
import dev.concierge.slack.SlackHttpReply;
import dev.concierge.slack.SlackMessageSender;
import dev.concierge.slack.SlackSettings;
import dev.concierge.web.StaffPortal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root of {@code serve}: opens the database, migrates it, wires the use cases to
 * their adapters, starts the HTTP API and the background jobs. Closing stops everything in reverse
 * order.
 */
public final class RunningService implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(RunningService.class);

  /** Handled events are kept a week, so forgetting them hourly keeps the table small enough. */
  private static final Duration SLACK_EVENTS_PRUNED_EVERY = Duration.ofHours(1);

  private final AutoCloseable database;
  private final String databaseDescription;
  private final HttpServer http;
  private final AutoCloseable frontDesk;
  private final PeriodicJobs jobs;
  private final AutoCloseable delivery;
  private final IssuedApiKey firstAdminKey;
  private final Concierge concierge;
  private final AtomicBoolean closed = new AtomicBoolean();

  private RunningService(
      AutoCloseable database,
      String databaseDescription,
      HttpServer http,
      AutoCloseable frontDesk,
      PeriodicJobs jobs,
      AutoCloseable delivery,
      IssuedApiKey firstAdminKey,
      Concierge concierge) {
    this.database = database;
    this.databaseDescription = databaseDescription;
    this.http = http;
    this.frontDesk = frontDesk;
    this.jobs = jobs;
    this.delivery = delivery;
    this.firstAdminKey = firstAdminKey;
    this.concierge = concierge;
  }

  public static RunningService start(Settings settings) {
    DatabaseSession session = DatabaseSession.open(settings, "serve");
    ProviderClients providers = null;
    ServiceMetrics metrics = null;
    SlackFrontDesk frontDesk = null;
    try {
      Migrations.MigrationOutcome migrated = session.migrations().migrate();
      if (!migrated.appliedVersions().isEmpty()) {
        log.info("Applied migrations {}", migrated.appliedVersions());
      }
      Clock clock = Clock.systemUTC();
      providers = ProviderClients.open(settings);
      metrics = new ServiceMetrics();
      Concierge concierge =
          session.concierge(
              providers.configure(
                  signingIn(settings, DatabaseSession.configured(settings))
                      .clock(clock)
                      .deliveryListener(metrics.deliveryListener())
                      .agentRunListener(metrics.agentRunListener())));
      metrics.watchDueReminders(
          concierge.dueReminders(), clock, ServiceMetrics.DEFAULT_BACKLOG_REFRESH);
      // a fresh installation must be usable without a second command, so it gets a key
      IssuedApiKey firstKey =
          concierge.apiKeys().issueFirstAdminKey(Organization.DEFAULT_ID).orElse(null);
      if (firstKey != null) {
        AdminKeyFile.write(settings.dataDir(), firstKey.secret());
      }
      frontDesk = startFrontDesk(settings, concierge);
      HttpServer http = startHttp(settings, concierge, metrics, frontDesk);
      concierge.assistantToolbox().bind(http::agentTools);
      log.info(
          "Reminder delivery {}: {}", concierge.dispatcher().dispatcherId(), providers.describe());
      PeriodicJobs jobs = startJobs(settings, concierge);
      log.info(
          "{} {} serving with database {}",
          settings.appName(),
          settings.appVersion(),
          session.describe());
      return new RunningService(
          session,
          session.describe(),
          http,
          closing(frontDesk),
          jobs,
          closingDelivery(concierge, providers, metrics),
          firstKey,
          concierge);
    } catch (RuntimeException e) {
      closeQuietly(frontDesk);
      closeQuietly(providers);
      closeQuietly(metrics);
      session.close();
      throw e;
    }
  }

  /**
   * Serves on a database that is already open and migrated, and leaves it open on close: what tests
   * use to run the whole service on the database they share. No background jobs run. Passwords are
   * hashed by {@code hashing} (tests make it cheap). The providers the settings configure (Slack,
   * SES, Claude) are opened as serve opens them.
   */
  static RunningService startOn(
      Settings settings, PostgresDatabase database, PasswordHashing hashing) {
    Clock clock = Clock.systemUTC();
    ServiceMetrics metrics = new ServiceMetrics();
    ProviderClients providers = ProviderClients.open(settings);
    Concierge concierge;
    try {
      concierge =
          providers
              .configure(signingIn(settings, DatabaseSession.configured(settings)))
              .database(database)
              .migrate(false)
              .clock(clock)
              .passwordHashing(hashing)
              .deliveryListener(metrics.deliveryListener())
              .agentRunListener(metrics.agentRunListener())
              .build();
    } catch (RuntimeException e) {
      closeQuietly(providers);
      throw e;
    }
    metrics.watchDueReminders(
        concierge.dueReminders(), clock, ServiceMetrics.DEFAULT_BACKLOG_REFRESH);
    SlackFrontDesk frontDesk = startFrontDesk(settings, concierge);
    HttpServer http = startHttp(settings, concierge, metrics, frontDesk);
    concierge.assistantToolbox().bind(http::agentTools);
    return new RunningService(
        concierge,
        database.url().redacted(),
        http,
        closing(frontDesk),
        new PeriodicJobs(),
        () -> {
          try {
            providers.close();
          } finally {
            metrics.close();
          }
        },
        null,
        concierge);
  }

  /**
   * Access tokens signed with JWT_SECRET, or else with the secret generated once into the data
   * directory (see {@link JwtSecretFile}), so that they survive restarts; and the links of email
   * reminders, signed with a key derived from it, when CONCIERGE_PUBLIC_URL is set.
   */
  private static ConciergeBuilder signingIn(Settings settings, ConciergeBuilder builder) {
    String secret =
        settings.tokens().secret() != null
            ? settings.tokens().secret()
            : JwtSecretFile.readOrCreate(settings.dataDir());
    builder.accessTokens(secret.getBytes(StandardCharsets.UTF_8), settings.tokens().lifetime());
    // email reminders link to their page only where people can reach it
    return settings.publicUrl() == null ? builder : builder.publicUrl(settings.publicUrl());
  }

  private static void closeQuietly(AutoCloseable closeable) {
    if (closeable == null) {
      return;
    }
    try {
      closeable.close();
    } catch (Exception e) {
      log.debug("Closing {} after a failed start: {}", closeable, e.getMessage());
    }
  }

  /**
   * The dispatcher gives back its claims, then the provider clients close, then the metrics (the
   * last attempts still reach them).
   */
  private static AutoCloseable closingDelivery(
      Concierge concierge, ProviderClients providers, ServiceMetrics metrics) {
    return () -> {
      try {
        concierge.dispatcher().close();
        providers.close();
      } finally {
        metrics.close();
      }
    };
  }

  /**
   * The Slack front desk, when Slack is set up to listen: Socket Mode with SLACK_APP_TOKEN and
   * SLACK_BOT_TOKEN (connecting in the background, so a Slack outage does not stop the start),
   * Slack's events over HTTP with SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN; null otherwise.
   */
  private static SlackFrontDesk startFrontDesk(Settings settings, Concierge concierge) {
    SlackSettings slack = settings.slack();
    if (!slack.socketMode() && !slack.httpEvents()) {
      log.info("Slack front desk: off (nothing listens to Slack)");
      return null;
    }
    String methods = settings.endpoints().slackApiUrl();
    SlackFrontDesk desk =
        SlackFrontDesk.start(
            slack,
            methods == null ? SlackMessageSender.DEFAULT_METHODS_ENDPOINT_URL_PREFIX : methods,
            concierge.frontDesk(),
            concierge.clock());
    log.info(
        "Slack front desk: {}{}",
        slack.socketMode() ? "Socket Mode" : "no socket (set SLACK_APP_TOKEN for Socket Mode)",
        slack.httpEvents() ? ", and Slack's events over HTTP at POST /api/v1/webhooks/slack" : "");
    return desk;
  }

  private static AutoCloseable closing(SlackFrontDesk frontDesk) {
    return frontDesk == null ? () -> {} : frontDesk;
  }

  private static HttpServer startHttp(
      Settings settings, Concierge concierge, ServiceMetrics metrics, SlackFrontDesk frontDesk) {
    CheckHealth health =
        frontDesk == null ? concierge.health() : concierge.health().withSlack(frontDesk::state);
    WebhookReceiver slackEvents =
        frontDesk == null || !frontDesk.receivesHttp()
            ? null
            : (headers, body) -> {
              SlackHttpReply reply = frontDesk.receive(headers, body);
              return new WebhookReceiver.Reply(reply.status(), reply.contentType(), reply.body());
            };
    // the portal's chat calls the server's operations as its tools, and the server serves the
    // portal: the server is known once built, before any request can reach the portal
    AtomicReference<HttpServer> server = new AtomicReference<>();
    StaffPortal portal =
        new StaffPortal(
            concierge,
            settings.http().rateLimits().authFailuresPerMinute(),
            concierge.clock(),
            (caller, confinement) -> server.get().agentTools(caller, confinement));
    server.set(
        new HttpServer(
            settings.http(), health, concierge, metrics, System::nanoTime, slackEvents, portal));
    return server.get().start();
  }

  private static PeriodicJobs startJobs(Settings settings, Concierge concierge) {
    RollOverDueDates rollOver = concierge.rollOver();
    Clock clock = concierge.clock();
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
          DispatchReport report = concierge.dispatcher().dispatchUntilIdle();
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
          CheckInReport report = concierge.checkIns().run(clock.instant());
          if (report.organizationsRun() > 0) {
            log.info(
                "Proactive check-ins in {} organization(s): {} candidate(s), {} sent, {} failed",
                report.organizationsRun(),
                report.candidates(),
                report.sent(),
                report.failed());
          }
        });
    jobs.every(
        "staff digests",
        settings.reminderCheckInterval(),
        () -> {
          DigestReport report = concierge.digests().sendDue();
          if (report.claimed() > 0) {
            log.info(
                "Staff digests: {} sent, {} empty (not sent), {} failed, {} to retry",
                report.sent(),
                report.empty(),
                report.failed(),
                report.retrying());
          }
        });
    jobs.every(
        "forgetting handled Slack events",
        SLACK_EVENTS_PRUNED_EVERY,
        () -> {
          int forgotten = concierge.frontDesk().forgetOldEvents();
          if (forgotten > 0) {
            log.info(
                "Forgot {} Slack event(s) handled over {} ago",
                forgotten,
                FrontDeskInbox.EVENTS_KEPT);
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
    return concierge.apiKeys();
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
   * Stops taking requests and lets those in flight finish (up to SHUTDOWN_GRACE), then closes the
   * Slack connection (letting the messages being answered finish), stops the jobs, gives back the
   * dispatcher's reminder claims and closes the database, which the requests and the claims still
   * needed. A part that fails to stop is logged and the rest still stop.
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
    // after the API (Slack's HTTP events are requests too), before what its messages still need
    stopPart("the Slack front desk", frontDesk::close, failed);
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
