package dev.concierge.claude;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.core.LogLevel;
import com.anthropic.errors.AnthropicException;
import com.anthropic.errors.AnthropicIoException;
import com.anthropic.errors.AnthropicServiceException;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.StopReason;
import dev.concierge.core.errors.ConfigurationException;
import dev.concierge.core.reminders.delivery.ComposedMessage;
import dev.concierge.core.reminders.delivery.ReminderComposer;
import dev.concierge.core.reminders.delivery.ReminderContext;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Words reminders with one call to Claude's Messages API. Any failure, including a slow or empty
 * answer, surfaces as {@link ComposerUnavailableException} so that the dispatcher sends the
 * template instead; the client therefore never retries and gives up after a short timeout.
 */
public final class ClaudeReminderComposer implements ReminderComposer, AutoCloseable {
  public static final String DEFAULT_BASE_URL = ClaudeSettings.DEFAULT_BASE_URL;
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

  // A reminder is a few sentences; a small cap also keeps a runaway answer cheap and quick.
  static final long MAX_TOKENS = 400;

  private final AnthropicClient client;
  private final ClaudeFailures failures;
  private final String model;
  private final String baseUrl;
  private final Duration timeout;

  /**
   * Talks to the settings' API (Anthropic's unless ANTHROPIC_BASE_URL says) with the default
   * timeout.
   */
  public ClaudeReminderComposer(ClaudeSettings settings) {
    this(settings, settings.baseUrl(), DEFAULT_TIMEOUT);
  }

  /**
   * @param baseUrl where the Messages API lives, e.g. a proxy or a local fake
   * @param timeout the most one composition may take, connecting included
   * @throws ConfigurationException without an API key, a base URL or a positive timeout
   */
  public ClaudeReminderComposer(ClaudeSettings settings, String baseUrl, Duration timeout) {
    Objects.requireNonNull(settings, "settings");
    if (!settings.isConfigured()) {
      throw new ConfigurationException("Claude needs an API key to compose reminders");
    }
    if (baseUrl == null || baseUrl.isBlank()) {
      throw new ConfigurationException("Claude's base URL must not be blank");
    }
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new ConfigurationException("Claude's timeout must be positive, got " + timeout);
    }
    this.failures = new ClaudeFailures(settings.apiKey(), Clock.systemUTC());
    this.model = settings.model();
    this.baseUrl = baseUrl.strip();
    this.timeout = timeout;
    this.client =
        AnthropicOkHttpClient.builder()
            .apiKey(settings.apiKey())
            .baseUrl(this.baseUrl)
            .timeout(timeout)
            .maxRetries(0)
            // the SDK would otherwise follow ANTHROPIC_LOG and print request bodies to stderr
            .logLevel(LogLevel.OFF)
            .build();
  }

  @Override
  public ComposedMessage compose(ReminderContext context) {
    Objects.requireNonNull(context, "context");
    MessageCreateParams params =
        MessageCreateParams.builder()
            .model(model)
            .maxTokens(MAX_TOKENS)
            .system(ReminderPrompt.system(context.channel()))
            .addUserMessage(ReminderPrompt.user(context))
            .build();
    try {
      return read(client.messages().create(params));
    } catch (AnthropicException e) {
      throw translate(e);
    }
  }

  private ComposedMessage read(Message reply) {
    reply
        .stopReason()
        .filter(r -> r.equals(StopReason.MAX_TOKENS) || r.equals(StopReason.REFUSAL))
        .ifPresent(
            r -> {
              throw new ComposerUnavailableException("Claude stopped early: " + r.asString());
            });
    String text =
        reply.content().stream()
            .flatMap(block -> block.text().stream())
            .map(textBlock -> textBlock.text())
            .collect(Collectors.joining());
    String composedBy =
        reply._model().asKnown().map(m -> m.asString()).filter(m -> !m.isBlank()).orElse(model);
    return ReplyParser.parse(text, composedBy);
  }

  private ComposerUnavailableException translate(AnthropicException e) {
    if (e instanceof AnthropicServiceException service) {
      return new ComposerUnavailableException(failures.describe(service));
    }
    if (e instanceof AnthropicIoException) {
      return new ComposerUnavailableException(
          "Claude did not answer within " + timeout + " or could not be reached", e);
    }
    return new ComposerUnavailableException("Claude's reply could not be read", e);
  }

  @Override
  public void close() {
    client.close();
  }

  @Override
  public String toString() {
    return "ClaudeReminderComposer[model=" + model + ", baseUrl=" + baseUrl + "]";
  }
}
