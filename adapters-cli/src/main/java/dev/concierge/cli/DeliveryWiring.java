package dev.concierge.cli;

import dev.concierge.claude.ClaudeReminderComposer;
import dev.concierge.core.proactive.CheckInSettings;
import dev.concierge.core.proactive.ProactiveCheckIns;
import dev.concierge.core.reminders.delivery.DeliveryListener;
import dev.concierge.core.reminders.delivery.DispatcherSettings;
import dev.concierge.core.reminders.delivery.MessageSender;
import dev.concierge.core.reminders.delivery.OutboxSender;
import dev.concierge.core.reminders.delivery.ReminderComposer;
import dev.concierge.core.reminders.delivery.ReminderDispatcher;
import dev.concierge.core.reminders.delivery.RetryPolicy;
import dev.concierge.core.reminders.delivery.Senders;
import dev.concierge.persistence.JdbiProactiveCheckIns;
import dev.concierge.persistence.JdbiReminderDispatch;
import dev.concierge.persistence.PostgresDatabase;
import dev.concierge.ses.SesMessageSender;
import dev.concierge.slack.SlackMessageSender;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reminder dispatcher wired to PostgreSQL and to the providers the settings configure: Slack
 * when a bot token is set, SES when EMAIL_FROM is set, Claude when an API key is set; every other
 * channel goes to the outbox.
 */
final class DeliveryWiring implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(DeliveryWiring.class);

  private final ReminderDispatcher dispatcher;
  private final ProactiveCheckIns checkIns;
  private final List<AutoCloseable> resources;

  private DeliveryWiring(
      ReminderDispatcher dispatcher, ProactiveCheckIns checkIns, List<AutoCloseable> resources) {
    this.dispatcher = dispatcher;
    this.checkIns = checkIns;
    this.resources = resources;
  }

  static DeliveryWiring open(
      Settings settings, PostgresDatabase database, DeliveryListener listener, Clock clock) {
    List<AutoCloseable> resources = new ArrayList<>();
    List<MessageSender> senders = new ArrayList<>();
    if (settings.slack().botToken() != null) {
      String slackApi = settings.endpoints().slackApiUrl();
      SlackMessageSender slack =
          slackApi == null
              ? new SlackMessageSender(settings.slack().botToken())
              : new SlackMessageSender(settings.slack().botToken(), slackApi);
      resources.add(slack);
      senders.add(slack);
    }
    if (settings.ses().fromAddress() != null) {
      SesMessageSender.Builder builder = SesMessageSender.builder(settings.ses());
      if (settings.endpoints().awsEndpointUrl() != null) {
        builder.endpointOverride(settings.endpoints().awsEndpointUrl());
      }
      SesMessageSender ses = builder.build();
      resources.add(ses);
      senders.add(ses);
    }
    ReminderComposer composer = null;
    if (settings.claude().isConfigured()) {
      String claudeApi = settings.endpoints().anthropicBaseUrl();
      ClaudeReminderComposer claude =
          claudeApi == null
              ? new ClaudeReminderComposer(settings.claude())
              : new ClaudeReminderComposer(
                  settings.claude(), claudeApi, ClaudeReminderComposer.DEFAULT_TIMEOUT);
      resources.add(claude);
      composer = claude;
    }
    Senders routes = new Senders(senders, new OutboxSender());
    JdbiReminderDispatch dispatch = new JdbiReminderDispatch(database.jdbi());
    DispatcherSettings dispatcherSettings =
        new DispatcherSettings(
            dispatcherId(),
            DispatcherSettings.DEFAULT_BATCH_SIZE,
            DispatcherSettings.DEFAULT_LEASE,
            DispatcherSettings.DEFAULT_SEND_CONCURRENCY,
            new RetryPolicy(
                settings.reminderMaxAttempts(),
                settings.reminderRetryDelay(),
                RetryPolicy.DEFAULT.maxDelay()));
    ReminderDispatcher dispatcher =
        new ReminderDispatcher(
            dispatch, dispatch, dispatch, routes, composer, listener, clock, dispatcherSettings);
    log.info(
        "Reminder delivery {}: {}; wording by {}",
        dispatcherSettings.dispatcherId(),
        routes.providers(),
        composer == null ? "template" : "Claude (" + settings.claude().model() + ")");
    JdbiProactiveCheckIns proactive = new JdbiProactiveCheckIns(database.jdbi());
    ProactiveCheckIns checkIns =
        new ProactiveCheckIns(
            proactive,
            proactive,
            proactive,
            proactive,
            proactive,
            routes,
            null,
            clock,
            dispatcherSettings.dispatcherId(),
            CheckInSettings.DEFAULTS);
    return new DeliveryWiring(dispatcher, checkIns, resources);
  }

  ReminderDispatcher dispatcher() {
    return dispatcher;
  }

  /** The daily check-ins with quiet clients who have a date coming up (once per cluster a day). */
  ProactiveCheckIns checkIns() {
    return checkIns;
  }

  /** Unique per process: the host, the process id and a random tail for restarts. */
  private static String dispatcherId() {
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

  /** Gives back unfinished claims, then closes the provider clients. */
  @Override
  public void close() {
    dispatcher.close();
    for (AutoCloseable resource : resources) {
      try {
        resource.close();
      } catch (Exception e) {
        log.warn("Closing {} failed: {}", resource, e.getMessage());
      }
    }
  }
}
