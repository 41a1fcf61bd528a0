package dev.concierge.claude;

import static dev.concierge.claude.ClaudeLlmTest.KEY;
import static dev.concierge.claude.ClaudeLlmTest.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import dev.concierge.core.agents.llm.LlmException;
import dev.concierge.core.agents.llm.ToolChoice;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Whatever the adapter and the SDK log, at the most verbose level, never holds the API key. */
class ClaudeLlmLogsTest {
  private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
  private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  private Level rootLevel;
  private PrintStream originalErr;
  private FakeAnthropic fake;

  @BeforeEach
  void capture() throws IOException {
    rootLevel = root.getLevel();
    root.setLevel(Level.DEBUG);
    captured.start();
    root.addAppender(captured);
    originalErr = System.err;
    System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
    fake = FakeAnthropic.start();
  }

  @AfterEach
  void release() {
    fake.close();
    System.setErr(originalErr);
    root.detachAppender(captured);
    root.setLevel(rootLevel);
  }

  @Test
  void the_key_is_never_logged_at_debug_in_success_failure_or_retry() {
    fake.answersText("claude-sonnet-4-5-20250929", "Hello.")
        .answersError(429, "rate_limit_error", "Slow down", "1")
        .answersError(401, "authentication_error", "invalid x-api-key " + KEY);
    try (ClaudeLlm claude =
        new ClaudeLlm(
            new ClaudeSettings(KEY, "claude-sonnet-4-5", null, fake.baseUrl()),
            Duration.ofSeconds(10),
            2,
            new RecordingSleeper())) {
      claude.complete(request(List.of(), ToolChoice.AUTO));
      Throwable failure =
          catchThrowable(() -> claude.complete(request(List.of(), ToolChoice.AUTO)));
      assertThat(failure).isInstanceOf(LlmException.class).hasMessageContaining("401");
    }

    assertThat(captured.list)
        .as("the adapter logs each call at debug, so this test reads real lines")
        .anySatisfy(event -> assertThat(event.getFormattedMessage()).contains("answered in"))
        .anySatisfy(event -> assertThat(event.getFormattedMessage()).contains("failed after"));
    for (ILoggingEvent event : captured.list) {
      assertThat(event.getFormattedMessage()).doesNotContain(KEY);
      if (event.getThrowableProxy() != null) {
        assertThat(ThrowableProxyUtil.asString(event.getThrowableProxy())).doesNotContain(KEY);
      }
    }
    assertThat(stderr.toString(StandardCharsets.UTF_8)).doesNotContain(KEY);
  }
}
