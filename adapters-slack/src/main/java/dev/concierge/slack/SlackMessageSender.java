package dev.concierge.slack;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.request.chat.ChatPostMessageRequest;
import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.reminders.delivery.MessageSender;
import dev.concierge.core.reminders.delivery.OutboundMessage;
import dev.concierge.core.reminders.delivery.SendResult;
import dev.concierge.core.reminders.delivery.SendResult.PermanentFailure;
import dev.concierge.core.reminders.delivery.SendResult.TransientFailure;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * Posts reminders to Slack with the bot token through the Web API's {@code chat.postMessage}, to
 * the message's recipient: a user id ({@code U…}, which Slack turns into the bot's DM with that
 * user) or a channel id. A reminder carries buttons (done, remind me tomorrow, in a week) that the
 * {@link SlackFrontDesk} hears pressed.
 *
 * <p>One {@link #send} is one HTTP request: the SDK's team-id lookup and rate-limit bookkeeping are
 * off and the HTTP client does not resend, because retries belong to the dispatcher. Slack offers
 * no idempotency key for chat.postMessage, so a send that timed out after Slack accepted it can
 * arrive twice when the dispatcher retries; that is the price of never dropping a reminder.
 *
 * <p>How answers map:
 *
 * <ul>
 *   <li>{@code ok: true}: {@link SendResult.Delivered} with {@code channel:ts} (a ts is unique only
 *       within its channel).
 *   <li>HTTP 429: {@link TransientFailure} {@code rate_limited} with the Retry-After seconds.
 *   <li>HTTP 5xx or 408, timeouts and network errors, an answer that is not Slack's JSON:
 *       transient.
 *   <li>{@code ok: false}: by its error code. Known codes are listed in {@link SlackErrorCodes}:
 *       recipient, auth, scope and content errors ({@code channel_not_found}, {@code invalid_auth},
 *       {@code msg_too_long}, …) are permanent; {@code ratelimited}, {@code internal_error}, {@code
 *       fatal_error}, {@code service_unavailable}, {@code request_timeout} are transient. An
 *       <b>unknown code</b> is permanent when named like a request error ({@code invalid_*}, {@code
 *       not_*}, {@code missing_*}, {@code restricted_*}, {@code no_*}, {@code *_not_found}, …) and
 *       transient otherwise: a new kind of outage should cost retries, not reminders.
 *   <li>Any other 4xx: by the body's error code if it has one, else permanent {@code http_4xx}.
 * </ul>
 *
 * <p>Thread-safe. The token is never logged nor printed; the SDK's request logging is off because
 * it would log message text.
 */
public final class SlackMessageSender implements MessageSender, AutoCloseable {

  public static final String DEFAULT_METHODS_ENDPOINT_URL_PREFIX = "https://slack.com/api/";
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  private final Slack slack;
  private final MethodsClient methods;
  private final String endpointUrlPrefix;
  private final Duration timeout;

  /** Posts to Slack itself with the default timeout. */
  public SlackMessageSender(String botToken) {
    this(botToken, DEFAULT_METHODS_ENDPOINT_URL_PREFIX);
  }

  public SlackMessageSender(String botToken, String methodsEndpointUrlPrefix) {
    this(botToken, methodsEndpointUrlPrefix, DEFAULT_TIMEOUT);
  }

  /**
   * @param methodsEndpointUrlPrefix where the Web API methods live, e.g. {@code
   *     https://slack.com/api/}; the method name is appended to it
   * @param timeout the most one send may take, connecting included
   */
  public SlackMessageSender(String botToken, String methodsEndpointUrlPrefix, Duration timeout) {
    requireUsableToken(botToken);
    this.endpointUrlPrefix = withTrailingSlash(methodsEndpointUrlPrefix);
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    this.slack = SlackClients.create(endpointUrlPrefix, timeout);
    this.methods = slack.methods(botToken);
  }

  @Override
  public String provider() {
    return "slack";
  }

  @Override
  public Set<ChannelType> channels() {
    return Set.of(ChannelType.SLACK);
  }

  @Override
  public SendResult send(OutboundMessage message) {
    if (message.channel() != ChannelType.SLACK) {
      return new PermanentFailure(
          "unsupported_channel", "the Slack sender cannot deliver to " + message.channel());
    }
    String text = SlackText.escape(message.text());
    ChatPostMessageRequest.ChatPostMessageRequestBuilder request =
        ChatPostMessageRequest.builder().channel(message.recipient()).text(text);
    if (message.reminderRuleId() != null) {
      // the text stays as the notification's and the history's; the blocks add the buttons
      request.blocks(ReminderButtons.of(text, message.reminderRuleId()));
    }
    try {
      return SlackOutcomes.of(methods.chatPostMessage(request.build()));
    } catch (SlackApiException e) {
      return SlackOutcomes.of(e);
    } catch (InterruptedIOException e) {
      // OkHttp's read and call timeouts both land here
      return new TransientFailure("timeout", "Slack did not answer within " + timeout);
    } catch (IOException e) {
      return new TransientFailure("network_error", describe(e));
    } catch (RuntimeException e) {
      // e.g. a proxy's HTML page where Slack's JSON should be
      return new TransientFailure("unexpected_response", describe(e));
    }
  }

  /** Releases the HTTP client's connections and threads. */
  @Override
  public void close() {
    try {
      slack.close();
    } catch (Exception e) {
      throw new IllegalStateException("could not release the Slack client", e);
    }
  }

  @Override
  public String toString() {
    return "SlackMessageSender[endpoint=" + endpointUrlPrefix + ", timeout=" + timeout + "]";
  }

  private static String describe(Exception e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  private static void requireUsableToken(String botToken) {
    if (botToken == null || botToken.isBlank()) {
      throw new IllegalArgumentException("a Slack bot token is required");
    }
    // the message must not echo the token, which would put it in a startup log
    if (!botToken.chars().allMatch(c -> c > ' ' && c < 0x7f)) {
      throw new IllegalArgumentException("the Slack bot token contains unusable characters");
    }
  }

  private static String withTrailingSlash(String prefix) {
    Objects.requireNonNull(prefix, "methodsEndpointUrlPrefix");
    if (!prefix.startsWith("https://") && !prefix.startsWith("http://")) {
      throw new IllegalArgumentException("not an http(s) URL: " + prefix);
    }
    return prefix.endsWith("/") ? prefix : prefix + "/";
  }
}
