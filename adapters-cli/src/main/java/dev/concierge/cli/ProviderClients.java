package dev.concierge.cli;

import dev.concierge.claude.ClaudeLlm;
import dev.concierge.claude.ClaudeSettings;
import dev.concierge.core.reminders.delivery.MessageSender;
import dev.concierge.library.ConciergeBuilder;
import dev.concierge.ses.SesMessageSender;
import dev.concierge.slack.SlackMessageSender;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The providers the settings configure: Slack when a bot token is set, SES when EMAIL_FROM is set,
 * Claude when an API key is set. Every channel without one goes to the outbox. Their clients hold
 * connections and threads, so whoever opens them closes them.
 */
final class ProviderClients implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(ProviderClients.class);

  /**
   * The reminder agent's one attempt at a reminder: no retries and a short wait, since the template
   * words it at once when Claude cannot.
   */
  static final Duration REMINDER_WORDING_TIMEOUT = Duration.ofSeconds(20);

  private final List<MessageSender> senders;
  private final ClaudeLlm wording;
  private final ClaudeLlm assistant;
  private final ClaudeSettings claude;
  private final List<AutoCloseable> clients;

  private ProviderClients(
      List<MessageSender> senders,
      ClaudeLlm wording,
      ClaudeLlm assistant,
      ClaudeSettings claude,
      List<AutoCloseable> clients) {
    this.senders = senders;
    this.wording = wording;
    this.assistant = assistant;
    this.claude = claude;
    this.clients = clients;
  }

  static ProviderClients open(Settings settings) {
    List<AutoCloseable> clients = new ArrayList<>();
    List<MessageSender> senders = new ArrayList<>();
    if (settings.slack().botToken() != null) {
      String slackApi = settings.endpoints().slackApiUrl();
      SlackMessageSender slack =
          slackApi == null
              ? new SlackMessageSender(settings.slack().botToken())
              : new SlackMessageSender(settings.slack().botToken(), slackApi);
      clients.add(slack);
      senders.add(slack);
    }
    if (settings.ses().fromAddress() != null) {
      SesMessageSender.Builder builder = SesMessageSender.builder(settings.ses());
      if (settings.endpoints().awsEndpointUrl() != null) {
        builder.endpointOverride(settings.endpoints().awsEndpointUrl());
      }
      SesMessageSender ses = builder.build();
      clients.add(ses);
      senders.add(ses);
    }
    ClaudeLlm wording = null;
    ClaudeLlm assistant = null;
    if (settings.claude().isConfigured()) {
      wording = new ClaudeLlm(settings.claude(), REMINDER_WORDING_TIMEOUT, 0);
      clients.add(wording);
      // a chat may wait out the SDK's retries: its run has 60 s, and a person is waiting for it
      assistant = new ClaudeLlm(settings.claude());
      clients.add(assistant);
    }
    return new ProviderClients(
        List.copyOf(senders), wording, assistant, settings.claude(), clients);
  }

  /**
   * Hands the senders and Claude to the library: the organizations' reminder agents word reminders
   * on it and the assistant runs on it. Without a key reminders have the template's wording and the
   * assistant is off (its chat says to set ANTHROPIC_API_KEY).
   */
  ConciergeBuilder configure(ConciergeBuilder builder) {
    senders.forEach(builder::sender);
    if (wording != null) {
      builder.reminderWording(wording, claude.model());
    }
    if (assistant != null) {
      builder.assistant(assistant, claude.model(), claude.routerModel());
    }
    return builder;
  }

  /** For the log: which provider serves which channels, and who words reminders. */
  String describe() {
    String routes =
        senders.stream()
            .map(sender -> sender.provider() + " " + sender.channels())
            .collect(Collectors.joining(", "));
    return (routes.isEmpty() ? "every channel to the outbox" : routes + ", the rest to the outbox")
        + "; wording by "
        + (wording == null
            ? "the template"
            : "each organization's reminder agent on Claude (" + claude.model() + ")")
        + "; the assistant "
        + (assistant == null
            ? "off (no " + ClaudeSettings.API_KEY + ")"
            : "on Claude (" + claude.model() + ", routed by " + claude.routerModel() + ")");
  }

  @Override
  public void close() {
    for (AutoCloseable client : clients) {
      try {
        client.close();
      } catch (Exception e) {
        log.warn("Closing {} failed: {}", client, e.getMessage());
      }
    }
  }
}
