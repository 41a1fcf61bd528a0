package dev.concierge.claude;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.core.LogLevel;
import com.anthropic.core.Sleeper;
import com.anthropic.errors.AnthropicException;
import com.anthropic.models.messages.Message;
import dev.concierge.core.agents.llm.LlmException;
import dev.concierge.core.agents.llm.LlmPort;
import dev.concierge.core.agents.llm.LlmReply;
import dev.concierge.core.agents.llm.LlmRequest;
import dev.concierge.core.errors.ConfigurationException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agents' {@link LlmPort} on Claude's Messages API, through the official SDK. The SDK retries
 * what is worth retrying (429, 529, 5xx, 408, 409, connection failures), waiting what the
 * response's retry-after asks or else backing off exponentially; what still fails is translated
 * into core's {@link LlmException}s. Thread-safe; one instance per process.
 */
public final class ClaudeLlm implements LlmPort, AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(ClaudeLlm.class);

  /** One attempt; an agent's run allows 60 s for all its rounds. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  /** Three attempts in all: enough to ride out a brief overload without outliving the run. */
  public static final int DEFAULT_MAX_RETRIES = 2;

  private final AnthropicClient client;
  private final ClaudeFailures failures;
  private final String baseUrl;
  private final Duration timeout;

  public ClaudeLlm(ClaudeSettings settings) {
    this(settings, DEFAULT_TIMEOUT, DEFAULT_MAX_RETRIES);
  }

  /**
   * @param timeout the most one attempt may take, connecting included
   * @param maxRetries how many times the SDK tries again after a retryable failure
   * @throws ConfigurationException without an API key, or with a timeout or retries out of range
   */
  public ClaudeLlm(ClaudeSettings settings, Duration timeout, int maxRetries) {
    this(settings, timeout, maxRetries, null);
  }

  /**
   * @param sleeper how the SDK waits between attempts; null for really waiting (tests record it)
   */
  ClaudeLlm(ClaudeSettings settings, Duration timeout, int maxRetries, Sleeper sleeper) {
    Objects.requireNonNull(settings, "settings");
    if (!settings.isConfigured()) {
      throw new ConfigurationException(
          "the assistant needs " + ClaudeSettings.API_KEY + " to reach Claude");
    }
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new ConfigurationException("Claude's timeout must be positive, got " + timeout);
    }
    if (maxRetries < 0) {
      throw new ConfigurationException("Claude's retries must not be negative, got " + maxRetries);
    }
    this.baseUrl = settings.baseUrl();
    this.timeout = timeout;
    this.failures = new ClaudeFailures(settings.apiKey(), Clock.systemUTC());
    AnthropicOkHttpClient.Builder builder =
        AnthropicOkHttpClient.builder()
            .apiKey(settings.apiKey())
            .baseUrl(baseUrl)
            .timeout(timeout)
            .maxRetries(maxRetries)
            // a reply missing its parts fails here, in one place, rather than wherever it is read
            .responseValidation(true)
            // the SDK would otherwise follow ANTHROPIC_LOG and print request bodies to stderr
            .logLevel(LogLevel.OFF);
    if (sleeper != null) {
      builder.sleeper(sleeper);
    }
    this.client = builder.build();
  }

  @Override
  public LlmReply complete(LlmRequest request) {
    Objects.requireNonNull(request, "request");
    long started = System.nanoTime();
    try {
      Message message = client.messages().create(MessageParams.of(request));
      LlmReply reply = ReplyReader.read(message, request.model());
      log.debug(
          "Claude {} answered in {} ms: stop_reason={} input_tokens={} cache_read={} output_tokens={}",
          reply.model(),
          elapsedMillis(started),
          reply.stopReason().wireName(),
          reply.usage().input(),
          reply.usage().cacheRead(),
          reply.usage().output());
      return reply;
    } catch (AnthropicException e) {
      LlmException failure = failures.translate(e, timeout);
      log.debug(
          "Claude {} failed after {} ms: {}",
          request.model(),
          elapsedMillis(started),
          failure.getMessage());
      throw failure;
    }
  }

  private static long elapsedMillis(long startedNanos) {
    return Duration.ofNanos(System.nanoTime() - startedNanos).toMillis();
  }

  @Override
  public void close() {
    client.close();
  }

  @Override
  public String toString() {
    return "ClaudeLlm[baseUrl=" + baseUrl + ", timeout=" + timeout + "]";
  }
}
