package dev.concierge.library;

import dev.concierge.core.accounts.AccessTokens;
import dev.concierge.core.accounts.PasswordHashing;
import dev.concierge.core.agents.AgentReminderComposer;
import dev.concierge.core.agents.chat.AgentModels;
import dev.concierge.core.agents.llm.LlmPort;
import dev.concierge.core.agents.roster.AgentRosterStore;
import dev.concierge.core.agents.roster.RosterReminderAgents;
import dev.concierge.core.agents.runs.AgentRunListener;
import dev.concierge.core.frontdesk.AssistantFrontDesk;
import dev.concierge.core.frontdesk.FrontDesk;
import dev.concierge.core.frontdesk.StaffWillAnswer;
import dev.concierge.core.proactive.CheckInSettings;
import dev.concierge.core.reminders.delivery.DeliveryListener;
import dev.concierge.core.reminders.delivery.DispatcherSettings;
import dev.concierge.core.reminders.delivery.MessageSender;
import dev.concierge.core.reminders.delivery.OutboxSender;
import dev.concierge.core.reminders.delivery.ReminderComposer;
import dev.concierge.core.reminders.delivery.ReminderDispatcher;
import dev.concierge.core.reminders.delivery.ReminderLinks;
import dev.concierge.core.reminders.delivery.ReminderQueue;
import dev.concierge.core.reminders.delivery.RetryPolicy;
import dev.concierge.core.reminders.delivery.Senders;
import dev.concierge.library.auth.Argon2PasswordHashing;
import dev.concierge.library.auth.HmacLinkSignatures;
import dev.concierge.library.auth.JwtAccessTokens;
import dev.concierge.library.auth.TokenSettings;
import dev.concierge.persistence.DatabaseUrl;
import dev.concierge.persistence.EmbeddedDatabase;
import dev.concierge.persistence.JdbiAgentRosterStore;
import dev.concierge.persistence.JdbiReminderQueue;
import dev.concierge.persistence.Migrations;
import dev.concierge.persistence.PoolSettings;
import dev.concierge.persistence.PostgresDatabase;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * How a {@link Concierge} is put together. Only the database is required; everything else has the
 * defaults a single installation wants: the system clock, Argon2id passwords, access tokens signed
 * with a key drawn for this process, every reminder to the outbox worded by the template.
 */
public final class ConciergeBuilder {
  /** What a chat answers while no language model is given: how an installation turns it on. */
  static final String ASSISTANT_OFF =
      "The assistant is off: no language model is configured. Set ANTHROPIC_API_KEY (and"
          + " restart the service) to turn it on.";

  private DatabaseUrl url;
  private Path embeddedDataDir;
  private PostgresDatabase shared;
  private PoolSettings pool = PoolSettings.DEFAULT;
  private boolean migrate = true;
  private Clock clock = Clock.systemUTC();
  private PasswordHashing passwordHashing;
  private byte[] tokenSecret;
  private Duration tokenLifetime = TokenSettings.DEFAULT_LIFETIME;
  private final List<MessageSender> senders = new ArrayList<>();
  private ReminderComposer composer;
  private LlmPort reminderLlm;
  private String reminderModel;
  private DeliveryListener deliveryListener = DeliveryListener.NONE;
  private String dispatcherId;
  private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
  private CheckInSettings checkInSettings = CheckInSettings.DEFAULTS;
  private String applicationVersion = "unknown";
  private FrontDesk frontDesk;
  private AgentModels assistant = AgentModels.off(ASSISTANT_OFF);
  private AgentRunListener agentRunListener = AgentRunListener.NONE;

  private Senders resolvedSenders;
  private DispatcherSettings resolvedDispatcher;
  private AccessTokens resolvedTokens;
  private URI publicUrl;
  private ReminderLinks resolvedLinks;

  ConciergeBuilder() {}

  /**
   * PostgreSQL at {@code url}: {@code postgresql://user:pass@host:port/db}, {@code postgres://…} or
   * {@code jdbc:postgresql://…}. Opened by {@link #build()}, closed by {@link Concierge#close()}.
   */
  public ConciergeBuilder database(String url) {
    return database(DatabaseUrl.parse(url));
  }

  public ConciergeBuilder database(DatabaseUrl url) {
    clearDatabase();
    this.url = Objects.requireNonNull(url, "url");
    return this;
  }

  /**
   * The zero-configuration database: PostgreSQL running from {@code dataDir/postgres}, started (or
   * attached to, when another process of this installation runs it) by {@link #build()}.
   */
  public ConciergeBuilder embeddedDatabase(Path dataDir) {
    clearDatabase();
    this.embeddedDataDir = Objects.requireNonNull(dataDir, "dataDir");
    return this;
  }

  /** A database this application opened and closes itself; {@link Concierge#close()} leaves it. */
  public ConciergeBuilder database(PostgresDatabase database) {
    clearDatabase();
    this.shared = Objects.requireNonNull(database, "database");
    return this;
  }

  /** The connection pool of a database the builder opens (size, application name, timeouts). */
  public ConciergeBuilder pool(PoolSettings pool) {
    this.pool = Objects.requireNonNull(pool, "pool");
    return this;
  }

  /** Whether {@link #build()} applies pending migrations first (default: yes). */
  public ConciergeBuilder migrate(boolean migrate) {
    this.migrate = migrate;
    return this;
  }

  /** What "now" and "today" are for every use case and job. */
  public ConciergeBuilder clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return this;
  }

  public ConciergeBuilder passwordHashing(PasswordHashing hashing) {
    this.passwordHashing = Objects.requireNonNull(hashing, "hashing");
    return this;
  }

  /**
   * Signs access tokens with {@code secret} (at least 32 bytes; the same on every instance that
   * serves one installation) and lets them last {@code lifetime}. Without it, tokens are signed
   * with a key drawn for this process, good until it stops.
   */
  public ConciergeBuilder accessTokens(byte[] secret, Duration lifetime) {
    this.tokenSecret = Objects.requireNonNull(secret, "secret").clone();
    this.tokenLifetime = Objects.requireNonNull(lifetime, "lifetime");
    return this;
  }

  /**
   * Where people reach this installation (CONCIERGE_PUBLIC_URL): email reminders then end with a
   * link to their confirmation page at {@code publicUrl/r/{token}}, signed with a key derived from
   * the access tokens' secret (so give {@link #accessTokens} the installation's own secret, or the
   * links of one process stop working in the next). Without it, emails carry no link.
   */
  public ConciergeBuilder publicUrl(URI publicUrl) {
    this.publicUrl = Objects.requireNonNull(publicUrl, "publicUrl");
    return this;
  }

  /**
   * Delivers reminders and check-ins on the channels {@code sender} serves (Slack, SES, your own).
   * Channels no sender serves go to the outbox: kept with the delivery, sent nowhere.
   */
  public ConciergeBuilder sender(MessageSender sender) {
    senders.add(Objects.requireNonNull(sender, "sender"));
    return this;
  }

  /**
   * Words each reminder with a composer of your own; the template does when it is absent, fails or
   * times out. Replaces {@link #reminderWording}.
   */
  public ConciergeBuilder composer(ReminderComposer composer) {
    this.composer = composer;
    this.reminderLlm = null;
    this.reminderModel = null;
    return this;
  }

  /**
   * Words each reminder with the reminder agent of its organization on {@code llm}: the prompt,
   * model and switch of the organization's roster ({@code PUT /api/v1/agents/reminder}), read again
   * after half a minute. The template words a reminder when the agent is disabled, or the model
   * fails or is too slow (give {@code llm} a short timeout: a round waits for it). Replaces {@link
   * #composer}.
   *
   * @param model the agent's model where the roster names none (ANTHROPIC_MODEL)
   */
  public ConciergeBuilder reminderWording(LlmPort llm, String model) {
    this.reminderLlm = Objects.requireNonNull(llm, "llm");
    this.reminderModel = Objects.requireNonNull(model, "model");
    this.composer = null;
    return this;
  }

  /** Hears every delivery attempt (metrics). */
  public ConciergeBuilder deliveryListener(DeliveryListener listener) {
    this.deliveryListener = Objects.requireNonNull(listener, "listener");
    return this;
  }

  /** How failed deliveries are tried again. */
  public ConciergeBuilder retryPolicy(RetryPolicy policy) {
    this.retryPolicy = Objects.requireNonNull(policy, "policy");
    return this;
  }

  /**
   * Names this process's dispatcher in the claims it takes (default: host, process id and a random
   * tail, unique per start).
   */
  public ConciergeBuilder dispatcherId(String id) {
    this.dispatcherId = Objects.requireNonNull(id, "id");
    return this;
  }

  /** The defaults of the daily check-ins, which each organization's settings may override. */
  public ConciergeBuilder checkInSettings(CheckInSettings settings) {
    this.checkInSettings = Objects.requireNonNull(settings, "settings");
    return this;
  }

  /**
   * Who answers what clients write to the concierge (Slack), in place of the assistant. Without it
   * the assistant does ({@link AssistantFrontDesk}) once {@link Concierge#assistantToolbox()} is
   * bound and a language model is given ({@link #assistant}); until then, and whenever it cannot
   * answer, {@link StaffWillAnswer} acknowledges each message and leaves the answer to staff.
   */
  public ConciergeBuilder frontDesk(FrontDesk desk) {
    this.frontDesk = Objects.requireNonNull(desk, "desk");
    return this;
  }

  /**
   * Turns the assistant on: its chat runs the agents on {@code llm}. Without it the chat keeps the
   * message, logs the run and answers that the assistant is off.
   *
   * @param model the agents' model where an organization's roster names none (ANTHROPIC_MODEL)
   * @param routerModel the model that routes each message to an agent (ANTHROPIC_ROUTER_MODEL)
   */
  public ConciergeBuilder assistant(LlmPort llm, String model, String routerModel) {
    this.assistant = AgentModels.on(llm, model, routerModel);
    return this;
  }

  /** Hears every run of the assistant once it is logged (metrics). */
  public ConciergeBuilder agentRunListener(AgentRunListener listener) {
    this.agentRunListener = Objects.requireNonNull(listener, "listener");
    return this;
  }

  /** The version the health check reports. */
  public ConciergeBuilder applicationVersion(String version) {
    this.applicationVersion = Objects.requireNonNull(version, "version");
    return this;
  }

  /**
   * Opens the database (starting the embedded one if asked), migrates it and wires everything.
   *
   * @throws IllegalStateException when no database was given
   * @throws dev.concierge.core.errors.UnavailableException when the database cannot be reached
   */
  public Concierge build() {
    byte[] secret = resolveDelivery();
    resolvedTokens = new JwtAccessTokens(secret, clock);
    if (passwordHashing == null) {
      passwordHashing = new Argon2PasswordHashing();
    }
    DatabaseSettings resolvedDatabase = openDatabase();
    try {
      if (migrate) {
        new Migrations(resolvedDatabase.database().dataSource()).migrate();
      }
      return new Concierge(this, resolvedDatabase.database(), resolvedDatabase.owned());
    } catch (RuntimeException e) {
      resolvedDatabase.closeQuietly();
      throw e;
    }
  }

  /**
   * Only the reminder dispatcher, on the database given to {@link #database(PostgresDatabase)}, for
   * a process that does nothing but deliver ({@code concierge-admin reminders dispatch}): the rest
   * of the library (access tokens, calendars, reports and the classes behind them) is not built,
   * and that was most of such a short process's start-up (docs/PERFORMANCE.md). Its senders,
   * wording, retries and links are as {@link #build()} would give the whole library's. Closing it
   * gives back its claims; the database stays the caller's, and no migration is applied.
   *
   * @throws IllegalStateException when the database was not given as a {@link PostgresDatabase}
   */
  public ReminderDispatcher buildDispatcher() {
    if (shared == null) {
      throw new IllegalStateException("buildDispatcher() works on database(PostgresDatabase)");
    }
    resolveDelivery();
    Jdbi jdbi = shared.jdbi();
    return dispatcher(new JdbiReminderQueue(jdbi), new JdbiAgentRosterStore(jdbi));
  }

  /**
   * Resolves what delivering reminders needs: the senders, the dispatcher's settings and the links
   * of email reminders. Returns the key the links are signed with, which signs access tokens too.
   */
  private byte[] resolveDelivery() {
    resolvedSenders = new Senders(senders, new OutboxSender());
    resolvedDispatcher =
        new DispatcherSettings(
            dispatcherId == null ? defaultDispatcherId() : dispatcherId,
            DispatcherSettings.DEFAULT_BATCH_SIZE,
            DispatcherSettings.DEFAULT_LEASE,
            DispatcherSettings.DEFAULT_SEND_CONCURRENCY,
            retryPolicy);
    byte[] secret = tokenSecret == null ? randomSecret() : tokenSecret;
    resolvedLinks =
        publicUrl == null ? null : new ReminderLinks(publicUrl, new HmacLinkSignatures(secret));
    return secret;
  }

  /** The dispatcher as resolved, on {@code queue}; {@code roster} holds the reminder agents. */
  ReminderDispatcher dispatcher(ReminderQueue queue, AgentRosterStore roster) {
    return new ReminderDispatcher(
        queue,
        resolvedSenders,
        composer(roster),
        deliveryListener,
        clock,
        resolvedDispatcher,
        resolvedLinks);
  }

  private DatabaseSettings openDatabase() {
    if (shared != null) {
      return new DatabaseSettings(shared, null, null);
    }
    if (url != null) {
      PostgresDatabase database = PostgresDatabase.open(url, pool);
      return new DatabaseSettings(database, database, null);
    }
    if (embeddedDataDir != null) {
      EmbeddedDatabase embedded = EmbeddedDatabase.startOrAttach(embeddedDataDir);
      try {
        return new DatabaseSettings(PostgresDatabase.open(embedded.url(), pool), null, embedded);
      } catch (RuntimeException e) {
        embedded.close();
        throw e;
      }
    }
    throw new IllegalStateException(
        "no database: call database(url), database(PostgresDatabase) or embeddedDatabase(dir)");
  }

  private void clearDatabase() {
    url = null;
    embeddedDataDir = null;
    shared = null;
  }

  /** The database a build works on, and what closing the Concierge must close with it. */
  private record DatabaseSettings(
      PostgresDatabase database, PostgresDatabase pool, EmbeddedDatabase embedded) {
    AutoCloseable owned() {
      if (pool == null && embedded == null) {
        return null;
      }
      return () -> {
        try {
          database.close();
        } finally {
          if (embedded != null) {
            embedded.close();
          }
        }
      };
    }

    void closeQuietly() {
      AutoCloseable owned = owned();
      if (owned != null) {
        try {
          owned.close();
        } catch (Exception e) {
          // the build already failed; that failure is the one worth reporting
        }
      }
    }
  }

  private static byte[] randomSecret() {
    byte[] secret = new byte[JwtAccessTokens.MIN_SECRET_BYTES];
    new SecureRandom().nextBytes(secret);
    return secret;
  }

  /** Unique per process: the host, the process id and a random tail for restarts. */
  private static String defaultDispatcherId() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "unknown-host";
    }
    return host
        + "-"
        + ProcessHandle.current().pid()
        + "-"
        + UUID.randomUUID().toString().substring(0, 8);
  }

  Clock clock() {
    return clock;
  }

  PasswordHashing passwordHashing() {
    return passwordHashing;
  }

  AccessTokens accessTokens() {
    return resolvedTokens;
  }

  /** The links of email reminders; null without a public URL. */
  ReminderLinks reminderLinks() {
    return resolvedLinks;
  }

  Duration tokenLifetime() {
    return tokenLifetime;
  }

  Senders senders() {
    return resolvedSenders;
  }

  /** The composer given, else the reminder agents on the wording model; null for the template. */
  ReminderComposer composer(AgentRosterStore roster) {
    if (reminderLlm != null) {
      return new AgentReminderComposer(
          reminderLlm, new RosterReminderAgents(roster, reminderModel, clock));
    }
    return composer;
  }

  DispatcherSettings dispatcherSettings() {
    return resolvedDispatcher;
  }

  CheckInSettings checkInSettings() {
    return checkInSettings;
  }

  String applicationVersion() {
    return applicationVersion;
  }

  /** The front desk given; null for the assistant's. */
  FrontDesk frontDesk() {
    return frontDesk;
  }

  AgentModels assistant() {
    return assistant;
  }

  AgentRunListener agentRunListener() {
    return agentRunListener;
  }
}
