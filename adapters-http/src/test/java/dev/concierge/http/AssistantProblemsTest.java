package dev.concierge.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.core.agents.chat.AssistantOffException;
import dev.concierge.core.agents.llm.LlmInvalidRequestException;
import dev.concierge.core.agents.llm.LlmMalformedReplyException;
import dev.concierge.core.agents.llm.LlmOverloadedException;
import dev.concierge.core.agents.llm.LlmRateLimitedException;
import dev.concierge.core.agents.llm.LlmTimeoutException;
import dev.concierge.core.agents.llm.LlmUnavailableException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every reason the assistant could not answer has its problem, and none is a 500. */
class AssistantProblemsTest {

  @Test
  void the_assistant_off_is_a_503_naming_the_setting_without_a_retry() {
    AssistantProblems.Answer answer =
        AssistantProblems.of(new AssistantOffException("Set ANTHROPIC_API_KEY to turn it on."))
            .orElseThrow();

    assertThat(answer.problem().status()).isEqualTo(503);
    assertThat(answer.problem().type()).endsWith("/assistant-off");
    assertThat(answer.problem().detail()).contains("ANTHROPIC_API_KEY", "message is kept");
    assertThat(answer.retryAfter()).isEmpty();
  }

  @Test
  void a_busy_model_is_a_503_with_the_wait_it_asked_for_rounded_up_or_thirty_seconds() {
    assertThat(
            AssistantProblems.of(new LlmRateLimitedException("429", Duration.ofMillis(1_200)))
                .orElseThrow()
                .retryAfter())
        .contains(2L);
    assertThat(
            AssistantProblems.of(new LlmOverloadedException("529", Duration.ZERO))
                .orElseThrow()
                .retryAfter())
        .contains(1L);
    AssistantProblems.Answer unreachable =
        AssistantProblems.of(new LlmUnavailableException("refused")).orElseThrow();
    assertThat(unreachable.problem().status()).isEqualTo(503);
    assertThat(unreachable.problem().type()).endsWith("/model-unavailable");
    assertThat(unreachable.retryAfter()).contains(30L);
    assertThat(unreachable.problem().detail()).endsWith("Try again in 30 s.");
  }

  @Test
  void a_slow_model_is_a_504_and_an_unusable_reply_or_refused_request_a_502() {
    assertThat(status(new LlmTimeoutException("slow"))).isEqualTo(504);
    assertThat(status(new LlmMalformedReplyException("not JSON"))).isEqualTo(502);
    assertThat(status(new LlmInvalidRequestException("400"))).isEqualTo(502);
    assertThat(AssistantProblems.of(new LlmMalformedReplyException("x")).orElseThrow().problem())
        .extracting(Problem::type)
        .asString()
        .endsWith("/model-malformed-reply");
  }

  @Test
  void anything_else_is_none_of_the_assistants_failures() {
    assertThat(AssistantProblems.of(new IllegalStateException("a bug")))
        .isEqualTo(Optional.empty());
  }

  private static int status(RuntimeException cause) {
    return AssistantProblems.of(cause).orElseThrow().problem().status();
  }
}
