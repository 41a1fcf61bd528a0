package dev.concierge.slack;

import com.slack.api.Slack;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatUpdateResponse;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.frontdesk.FrontDeskInbox;
import dev.concierge.core.frontdesk.InboundMessage;
import dev.concierge.core.frontdesk.ReminderPress;
import dev.concierge.core.frontdesk.ReplyThread;
import dev.concierge.core.health.ConnectionState;
import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.reminders.ReminderAnswer;
import dev.concierge.core.reminders.ReminderAnswerOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack front desk: a Bolt app that hears direct messages to the concierge, mentions of it in
 * channels and the buttons under reminders, over Socket Mode (when the app token is set) or posted
 * over HTTP (when the signing secret is set), and hands them to the {@link FrontDeskInbox}.
 *
 * <p>Each envelope is acknowledged at once, well within Slack's three seconds, and handled
 * afterwards on the desk's own threads: the answer may take a model's seconds. Messages from bots,
 * this app's own included, and edits and other message subtypes are acknowledged and ignored. Every
 * Web API call, {@code apps.connections.open} included, goes to {@code methodsUrlPrefix}.
 *
 * <p>Thread-safe. {@link #close()} closes the socket, lets the messages being handled finish (up to
 * ten seconds) and releases the HTTP client.
 */
public final class SlackFrontDesk implements AutoCloseable {
  /**
   * The bot token's scopes the front desk and the reminder sender use: chat.postMessage and
   * chat.update, the message.im and app_mention events, users.info. slack-app-manifest.yml asks for
   * exactly these.
   */
  public static final Set<String> BOT_SCOPES =
      Set.of("chat:write", "im:history", "app_mentions:read", "users:read");

  /** The events the front desk listens to (slack-app-manifest.yml subscribes to exactly these). */
  public static final Set<String> BOT_EVENTS = Set.of("message.im", "app_mention");

  private static final Logger log = LoggerFactory.getLogger(SlackFrontDesk.class);
  private static final String HTTP_PATH = "/api/v1/webhooks/slack";
  private static final Duration DRAIN = Duration.ofSeconds(10);
  private static final int WORKERS = 4;

  private final Slack slack;
  private final MethodsClient methods;
  private final App app;
  private final FrontDeskInbox inbox;
  private final Clock clock;
  private final SlackSignatures signatures;
  private final ExecutorService work;
  private final AtomicLong handled = new AtomicLong();
  private SocketConnection socket;

  private SlackFrontDesk(
      SlackSettings settings, String methodsUrlPrefix, FrontDeskInbox inbox, Clock clock) {
    this.inbox = Objects.requireNonNull(inbox, "inbox");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.slack = SlackClients.create(methodsUrlPrefix, SlackMessageSender.DEFAULT_TIMEOUT, true);
    this.methods = slack.methods(settings.botToken());
    this.signatures =
        settings.signingSecret() == null ? null : new SlackSignatures(settings.signingSecret());
    AtomicInteger threads = new AtomicInteger();
    this.work =
        Executors.newFixedThreadPool(
            WORKERS,
            runnable -> {
              Thread thread = new Thread(runnable, "slack-front-desk-" + threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    this.app =
        new App(
            AppConfig.builder()
                .slack(slack)
                .singleTeamBotToken(settings.botToken())
                .signingSecret(settings.signingSecret())
                // checked by SlackSignatures, in constant time and by our clock
                .requestVerificationEnabled(false)
                // it asks bots.info about other bots' messages; bots are ignored here anyway
                .ignoringSelfEventsEnabled(false)
                // every envelope is acknowledged, including events nobody listens to here
                .allEventsApiAutoAckEnabled(true)
                .sslCheckEnabled(false)
                .build());
    app.event(
        MessageEvent.class,
        (payload, ctx) ->
            directMessage(payload.getEventId(), payload.getTeamId(), payload.getEvent(), ctx));
    app.event(
        AppMentionEvent.class,
        (payload, ctx) ->
            mention(payload.getEventId(), payload.getTeamId(), payload.getEvent(), ctx));
    app.blockAction(
        Pattern.compile(Pattern.quote(ReminderButtons.ACTION_PREFIX) + ".+"), this::buttonPressed);
  }

  /**
   * Starts listening as {@code settings} allow: Socket Mode when the bot and app tokens are set
   * (connecting in the background), events over HTTP when the signing secret is.
   *
   * @param methodsUrlPrefix where the Web API is, e.g. {@code https://slack.com/api/}
   * @throws IllegalArgumentException when neither Socket Mode nor HTTP events are configured
   */
  public static SlackFrontDesk start(
      SlackSettings settings, String methodsUrlPrefix, FrontDeskInbox inbox, Clock clock) {
    if (!settings.socketMode() && !settings.httpEvents()) {
      throw new IllegalArgumentException(
          "the Slack front desk needs SLACK_BOT_TOKEN with SLACK_APP_TOKEN or SLACK_SIGNING_SECRET");
    }
    SlackFrontDesk desk = new SlackFrontDesk(settings, methodsUrlPrefix, inbox, clock);
    if (settings.socketMode()) {
      try {
        desk.socket = new SocketConnection(settings.appToken(), desk.app);
      } catch (IOException e) {
        desk.close();
        throw new UncheckedIOException(e);
      }
      desk.socket.open();
    }
    return desk;
  }

  /** How the Socket Mode connection stands; off when the desk listens over HTTP only. */
  public ConnectionState state() {
    return socket == null ? ConnectionState.OFF : socket.state();
  }

  /** Whether Slack's events posted over HTTP are taken (the signing secret is set). */
  public boolean receivesHttp() {
    return signatures != null;
  }

  /**
   * Takes what Slack posted to the events URL: verified by its signature, then handled as the
   * socket's envelopes are (a {@code url_verification} is answered with its challenge).
   *
   * @param headers the request's headers, names in lower case
   * @throws dev.concierge.core.errors.UnauthenticatedException when Slack did not sign it, or
   *     signed it more than five minutes ago; nothing is handled
   * @throws ValidationException when it is signed but is nothing Slack sends
   */
  public SlackHttpReply receive(Map<String, String> headers, byte[] body) {
    if (signatures == null) {
      throw new IllegalStateException("SLACK_SIGNING_SECRET is not set");
    }
    signatures.verify(headers, body, clock.instant());
    Map<String, List<String>> multi = new HashMap<>();
    headers.forEach((name, value) -> multi.put(name, List.of(value)));
    Request<?> request =
        new SlackRequestParser(app.config())
            .parse(
                SlackRequestParser.HttpRequest.builder()
                    .requestUri(HTTP_PATH)
                    .requestBody(new String(body, StandardCharsets.UTF_8))
                    .headers(new RequestHeaders(multi))
                    .build());
    if (request == null) {
      throw new ValidationException("body", "is not a request Slack sends");
    }
    Response response;
    try {
      response = app.run(request);
    } catch (Exception e) {
      throw new IllegalStateException("the Slack app failed: " + e.getMessage(), e);
    }
    return new SlackHttpReply(
        response.getStatusCode(), response.getContentType(), response.getBody());
  }

  /** How many envelopes the desk has finished with (handled or ignored), for tests. */
  long handled() {
    return handled.get();
  }

  /** What the two events a person writes with have in common. */
  private record Posted(
      String eventId,
      String teamId,
      String channel,
      String user,
      String botId,
      String text,
      String ts,
      String threadTs) {
    /** The thread's first message: answers go under it. */
    String root() {
      return threadTs == null ? ts : threadTs;
    }
  }

  private Response directMessage(
      String eventId, String teamId, MessageEvent event, EventContext ctx) {
    Posted posted =
        new Posted(
            eventId,
            teamId,
            event.getChannel(),
            event.getUser(),
            event.getBotId(),
            event.getText(),
            event.getTs(),
            event.getThreadTs());
    // a DM is one conversation, whichever of its threads a message is in
    return "im".equals(event.getChannelType())
        ? receive(posted, posted.channel(), ctx)
        : ignore(ctx);
  }

  private Response mention(String eventId, String teamId, AppMentionEvent event, EventContext ctx) {
    String text = event.getText();
    if (text != null && ctx.getBotUserId() != null) {
      text = text.replace("<@" + ctx.getBotUserId() + ">", "").strip();
    }
    Posted posted =
        new Posted(
            eventId,
            teamId,
            event.getChannel(),
            event.getUser(),
            event.getBotId(),
            text,
            event.getTs(),
            event.getThreadTs());
    // in a channel, each thread is a conversation of its own
    return receive(posted, posted.channel() + ":" + posted.root(), ctx);
  }

  private Response receive(Posted posted, String conversationThread, EventContext ctx) {
    if (fromBot(posted.user(), posted.botId(), ctx.getBotUserId())) {
      return ignore(ctx);
    }
    InboundMessage message =
        new InboundMessage(
            posted.eventId(),
            ChannelType.SLACK,
            posted.teamId(),
            posted.user(),
            conversationThread,
            posted.ts(),
            posted.text());
    ReplyThread thread =
        new SlackReplyThread(methods, posted.channel(), posted.root(), posted.user());
    submit(
        "event " + message.eventId(),
        () ->
            log.debug(
                "Slack event {}: {}", message.eventId(), inbox.receive(message, thread).outcome()));
    return ctx.ack();
  }

  private Response ignore(EventContext ctx) {
    handled.incrementAndGet();
    return ctx.ack();
  }

  private Response buttonPressed(BlockActionRequest request, ActionContext ctx) {
    BlockActionPayload payload = request.getPayload();
    BlockActionPayload.Action action = payload.getActions().get(0);
    Optional<ReminderAnswer> answer = ReminderButtons.answerOf(action.getActionId());
    Optional<UUID> reminderId = uuid(action.getValue());
    if (answer.isEmpty() || reminderId.isEmpty() || payload.getContainer() == null) {
      handled.incrementAndGet();
      return ctx.ack();
    }
    String channel = payload.getContainer().getChannelId();
    String ts = payload.getContainer().getMessageTs();
    String pressedBy = payload.getUser().getId();
    String team = payload.getTeam() != null ? payload.getTeam().getId() : ctx.getTeamId();
    String text = payload.getMessage() == null ? "" : payload.getMessage().getText();
    submit(
        "button " + action.getActionId(),
        () -> {
          ReminderAnswerOutcome outcome =
              inbox.answerReminder(
                  new ReminderPress(
                      team,
                      pressedBy,
                      reminderId.get(),
                      channel + ":" + ts,
                      answer.get(),
                      "slack-" + action.getActionTs()));
          String verdict = ReminderButtons.verdict(outcome, pressedBy);
          update(channel, ts, text, verdict);
        });
    return ctx.ack();
  }

  /** Edits the reminder's message: no more buttons, and what the press did. */
  private void update(String channel, String ts, String text, String verdict) {
    try {
      ChatUpdateResponse response =
          methods.chatUpdate(
              r ->
                  r.channel(channel)
                      .ts(ts)
                      .text(text + "\n" + verdict)
                      .blocks(ReminderButtons.answered(text, verdict)));
      if (!response.isOk()) {
        log.warn("Slack refused to update a reminder's message: {}", response.getError());
      }
    } catch (IOException | SlackApiException e) {
      log.warn("Could not update a reminder's message in Slack: {}", e.getMessage());
    }
  }

  private void submit(String what, Runnable task) {
    work.execute(
        () -> {
          try {
            task.run();
          } catch (RuntimeException e) {
            log.warn("Handling Slack {} failed: {}", what, e.getMessage(), e);
          } finally {
            handled.incrementAndGet();
          }
        });
  }

  /** This app's own messages and every other bot's. */
  private static boolean fromBot(String user, String botId, String ownUserId) {
    return botId != null || user == null || user.equals(ownUserId);
  }

  private static Optional<UUID> uuid(String value) {
    try {
      return value == null ? Optional.empty() : Optional.of(UUID.fromString(value));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  @Override
  public void close() {
    if (socket != null) {
      socket.close();
    }
    work.shutdown();
    try {
      if (!work.awaitTermination(DRAIN.toMillis(), TimeUnit.MILLISECONDS)) {
        log.warn("Slack messages still being handled after {} s were cut off", DRAIN.toSeconds());
        work.shutdownNow();
      }
    } catch (InterruptedException e) {
      work.shutdownNow();
      Thread.currentThread().interrupt();
    }
    app.stop();
    try {
      slack.close();
    } catch (Exception e) {
      log.debug("Closing the Slack client: {}", e.getMessage());
    }
  }

  @Override
  public String toString() {
    return "SlackFrontDesk[" + state().wireName() + (receivesHttp() ? ", http events" : "") + "]";
  }
}
