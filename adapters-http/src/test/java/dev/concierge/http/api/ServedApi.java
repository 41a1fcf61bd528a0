package dev.concierge.http.api;

import dev.concierge.core.access.ApiKeys;
import dev.concierge.core.access.Caller;
import dev.concierge.core.agents.Confinement;
import dev.concierge.core.agents.actions.PendingActions;
import dev.concierge.core.agents.llm.LlmPort;
import dev.concierge.core.agents.runs.AgentRuns;
import dev.concierge.core.frontdesk.FrontDeskInbox;
import dev.concierge.http.ApiOperation;
import dev.concierge.http.HttpServer;
import dev.concierge.http.HttpSettings;
import dev.concierge.http.OperationTools;
import dev.concierge.http.RateLimits;
import dev.concierge.http.metrics.ServiceMetrics;
import dev.concierge.library.Concierge;
import dev.concierge.library.ConciergeBuilder;
import dev.concierge.library.auth.Argon2PasswordHashing;
import dev.concierge.library.auth.TokenSettings;
import dev.concierge.persistence.PostgresDatabase;
import dev.concierge.persistence.testing.SharedPostgres;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The HTTP API on the real composition: the library's {@link Concierge} on the shared PostgreSQL
 * (already migrated), served by a real {@link HttpServer} on a free port, as {@code serve} wires
 * them but without the background jobs. Closing stops the server and leaves the database open.
 */
final class ServedApi implements AutoCloseable {
  /**
   * Passwords hashed at a fraction of the real cost: the format, salts and checks are the same, and
   * the API tests create and sign in to many accounts.
   */
  static final Argon2PasswordHashing CHEAP_HASHING =
      new Argon2PasswordHashing(new Argon2PasswordHashing.Parameters(256, 1, 1));

  /** What the test servers sign access tokens with, so tests can forge tokens with it. */
  static final String JWT_SECRET = "the API tests sign their access tokens with this";

  /** The one browser origin CORS lets in. */
  static final String PORTAL = "http://portal.test";

  /**
   * No rate per key (the fuzz test sends thousands of requests with one key; the rate limit has its
   * own test with its own server and limits), and failed authentications per address raised: every
   * test connects from 127.0.0.1, so the deliberately bad keys of all tests in the JVM would
   * otherwise share one address's allowance.
   */
  static final RateLimits TEST_LIMITS = new RateLimits(0, RateLimits.DEFAULT.burst(), 1000);

  private final Concierge concierge;
  private final ServiceMetrics metrics;
  private final HttpServer http;

  private ServedApi(Concierge concierge, ServiceMetrics metrics, HttpServer http) {
    this.concierge = concierge;
    this.metrics = metrics;
    this.http = http;
  }

  /** With the use cases' "now" given by {@code clock} and the test limits. */
  static ServedApi start(Clock clock) {
    return start(clock, TEST_LIMITS, System::nanoTime);
  }

  /** With {@code limits}, their buckets refilling by {@code nanoTime} (tests move it). */
  static ServedApi start(Clock clock, RateLimits limits, LongSupplier nanoTime) {
    return start(clock, limits, nanoTime, builder -> {});
  }

  /**
   * With the assistant on {@code llm}: its agents on {@code model}, routed by {@code routerModel}.
   * (The shared server has no model, as an installation without ANTHROPIC_API_KEY.)
   */
  static ServedApi withAssistant(Clock clock, LlmPort llm, String model, String routerModel) {
    return start(
        clock,
        TEST_LIMITS,
        System::nanoTime,
        builder -> builder.assistant(llm, model, routerModel));
  }

  /**
   * On a migrated database of the test's own, so its dispatcher sends that database's reminders
   * only (the shared one holds every other test's), with {@code clock} as "now".
   */
  static ServedApi onOwnDatabase(PostgresDatabase database, Clock clock) {
    return onOwnDatabase(database, clock, builder -> {});
  }

  /** The same, with more {@code options} (a public URL, senders). */
  static ServedApi onOwnDatabase(
      PostgresDatabase database, Clock clock, Consumer<ConciergeBuilder> options) {
    return start(database, clock, TEST_LIMITS, System::nanoTime, options);
  }

  private static ServedApi start(
      Clock clock, RateLimits limits, LongSupplier nanoTime, Consumer<ConciergeBuilder> options) {
    return start(SharedPostgres.migrated(), clock, limits, nanoTime, options);
  }

  private static ServedApi start(
      PostgresDatabase database,
      Clock clock,
      RateLimits limits,
      LongSupplier nanoTime,
      Consumer<ConciergeBuilder> options) {
    ServiceMetrics metrics = new ServiceMetrics();
    ConciergeBuilder builder =
        Concierge.builder()
            .database(database)
            .migrate(false)
            .clock(clock)
            .applicationVersion("api-test")
            .passwordHashing(CHEAP_HASHING)
            .accessTokens(
                JWT_SECRET.getBytes(StandardCharsets.UTF_8), TokenSettings.DEFAULT_LIFETIME)
            .deliveryListener(metrics.deliveryListener())
            .agentRunListener(metrics.agentRunListener());
    options.accept(builder);
    Concierge concierge = builder.build();
    metrics.watchDueReminders(
        concierge.dueReminders(), clock, ServiceMetrics.DEFAULT_BACKLOG_REFRESH);
    HttpServer http =
        new HttpServer(
                new HttpSettings("127.0.0.1", 0, HttpSettings.ONE_MEGABYTE, false, PORTAL, limits),
                concierge.health(),
                concierge,
                metrics,
                nanoTime)
            .start();
    return new ServedApi(concierge, metrics, http);
  }

  int port() {
    return http.port();
  }

  /** The key use cases the server authenticates with (revoking here takes effect at once). */
  ApiKeys apiKeys() {
    return concierge.apiKeys();
  }

  /** The run log, which only the chat writes: tests log runs through it. */
  AgentRuns agentRuns() {
    return concierge.agentRuns();
  }

  /** The deletes runs left waiting, which only the confirm endpoint claims. */
  PendingActions pendingActions() {
    return concierge.pendingActions();
  }

  List<String> routes() {
    return http.routes();
  }

  /** Every operation the server declares. */
  List<ApiOperation> operations() {
    return http.operations();
  }

  /** The operations as the tools of a run acting as {@code caller}. */
  OperationTools agentTools(Caller caller, Confinement confinement) {
    return http.agentTools(caller, confinement);
  }

  @Override
  public void close() {
    try {
      http.stop();
    } finally {
      try {
        concierge.close();
      } finally {
        metrics.close();
      }
    }
  }

  /** The composition itself, for what the API leaves to jobs (delivering due reminders). */
  Concierge concierge() {
    return concierge;
  }

  /** The front desk Slack's events reach, on the same composition. */
  FrontDeskInbox frontDesk() {
    return concierge.frontDesk();
  }
}
