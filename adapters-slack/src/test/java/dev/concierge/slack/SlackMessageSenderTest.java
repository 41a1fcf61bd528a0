package dev.concierge.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.reminders.delivery.OutboundMessage;
import dev.concierge.core.reminders.delivery.SendResult;
import dev.concierge.core.reminders.delivery.SendResult.Delivered;
import dev.concierge.core.reminders.delivery.SendResult.PermanentFailure;
import dev.concierge.core.reminders.delivery.SendResult.TransientFailure;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Drives the real Slack SDK through the sender against {@link FakeSlackWebApi}. */
class SlackMessageSenderTest {

  private static final String TOKEN = "xoxb-1111-2222-secretpart";
  // roomy enough for a cold JVM on a loaded machine; only the hung-server test waits it out
  private static final Duration TIMEOUT = Duration.ofSeconds(5);
  private static final Duration SHORT_TIMEOUT = Duration.ofMillis(300);

  private FakeSlackWebApi slackApi;
  private SlackMessageSender sender;

  @BeforeAll
  static void warmUp() {
    // The JVM's first HTTP client loads TLS and the CA store: seconds on a busy machine, paid here
    // once rather than inside whichever test happens to run first.
    new SlackMessageSender(TOKEN).close();
  }

  @BeforeEach
  void start() throws Exception {
    slackApi = new FakeSlackWebApi(TOKEN);
    sender = new SlackMessageSender(TOKEN, slackApi.methodsEndpointUrlPrefix(), TIMEOUT);
  }

  @AfterEach
  void stop() {
    sender.close();
    slackApi.close();
  }

  @Test
  void posts_the_text_to_the_recipient_with_the_bot_token_in_one_request() {
    slackApi.replyOk("D024BE91L", "1503435956.000247");

    SendResult result = sender.send(message("U123ABC", "Mom's birthday is tomorrow."));

    assertThat(result).isEqualTo(new Delivered("D024BE91L:1503435956.000247"));
    assertThat(slackApi.received()).hasSize(1);
    FakeSlackWebApi.Received request = slackApi.received().get(0);
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo(FakeSlackWebApi.POST_MESSAGE_PATH);
    assertThat(request.authorization()).isEqualTo("Bearer " + TOKEN);
    assertThat(request.contentType()).startsWith("application/x-www-form-urlencoded");
    assertThat(request.form())
        .containsEntry("channel", "U123ABC")
        .containsEntry("text", "Mom's birthday is tomorrow.")
        .doesNotContainKey("token");
  }

  @Test
  void a_reminder_carries_its_three_buttons_naming_it_and_a_check_in_none() {
    UUID reminderId = UUID.randomUUID();
    OutboundMessage reminder =
        new OutboundMessage(
            UUID.randomUUID(),
            UUID.randomUUID(),
            ChannelType.SLACK,
            "U123ABC",
            "Reminder",
            "Mom's birthday is in a week",
            "k",
            reminderId);

    sender.send(reminder);
    sender.send(message("U123ABC", "Shall we book the usual?"));

    Map<String, String> withButtons = slackApi.received().get(0).form();
    assertThat(withButtons).containsEntry("text", "Mom's birthday is in a week");
    assertThat(withButtons.get("blocks"))
        .contains("\"action_id\":\"reminder_done\"")
        .contains("\"action_id\":\"reminder_snooze_1d\"")
        .contains("\"action_id\":\"reminder_snooze_1w\"")
        .contains("\"value\":\"" + reminderId + "\"")
        .contains("birthday is in a week");
    assertThat(slackApi.received().get(1).form()).doesNotContainKey("blocks");
  }

  @Test
  void escapes_the_characters_slack_reads_as_markup_and_keeps_emphasis() {
    sender.send(message("C0CHANNEL", "*Dinner* at Luigi's <3 & wine > beer"));

    assertThat(slackApi.received().get(0).form())
        .containsEntry("text", "*Dinner* at Luigi's &lt;3 &amp; wine &gt; beer");
  }

  @Test
  void a_token_slack_does_not_accept_is_a_permanent_invalid_auth() {
    try (SlackMessageSender wrongToken =
        new SlackMessageSender("xoxb-other", slackApi.methodsEndpointUrlPrefix(), TIMEOUT)) {
      SendResult result = wrongToken.send(message("U123ABC", "hello"));

      assertThat(result).isInstanceOf(PermanentFailure.class);
      assertThat(((PermanentFailure) result).code()).isEqualTo("invalid_auth");
      assertThat(slackApi.received().get(0).authorization()).isEqualTo("Bearer xoxb-other");
    }
  }

  @Test
  void http_429_is_a_transient_rate_limit_carrying_retry_after_and_is_not_retried() {
    slackApi.reply(429, Map.of("Retry-After", "7"), "{\"ok\":false,\"error\":\"ratelimited\"}");

    SendResult result = sender.send(message("U123ABC", "hello"));

    assertThat(result)
        .isEqualTo(
            new TransientFailure(
                "rate_limited", "Slack answered HTTP 429", Optional.of(Duration.ofSeconds(7))));
    assertThat(slackApi.received()).hasSize(1);
  }

  @Test
  void a_ratelimited_error_in_a_200_answer_also_carries_retry_after() {
    slackApi.reply(200, Map.of("Retry-After", "30"), "{\"ok\":false,\"error\":\"ratelimited\"}");

    SendResult result = sender.send(message("U123ABC", "hello"));

    assertThat(result).isInstanceOf(TransientFailure.class);
    TransientFailure failure = (TransientFailure) result;
    assertThat(failure.code()).isEqualTo("ratelimited");
    assertThat(failure.retryAfter()).contains(Duration.ofSeconds(30));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "channel_not_found",
        "not_in_channel",
        "account_inactive",
        "user_not_found",
        "is_archived",
        "invalid_auth",
        "not_authed",
        "token_revoked",
        "msg_too_long",
        "no_text",
        "restricted_action",
        "missing_scope",
        // unknown codes named like request errors
        "invalid_something_new",
        "not_allowed_anymore",
        "workflow_not_found"
      })
  void request_errors_are_permanent_with_slacks_code(String code) {
    slackApi.replyError(code);

    SendResult result = sender.send(message("U123ABC", "hello"));

    assertThat(result).isInstanceOf(PermanentFailure.class);
    assertThat(((PermanentFailure) result).code()).isEqualTo(code);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ratelimited",
        "internal_error",
        "fatal_error",
        "service_unavailable",
        "request_timeout",
        // an unknown code that does not name a request error
        "brand_new_outage"
      })
  void outage_errors_are_transient_with_slacks_code(String code) {
    slackApi.replyError(code);

    SendResult result = sender.send(message("U123ABC", "hello"));

    assertThat(result).isInstanceOf(TransientFailure.class);
    assertThat(((TransientFailure) result).code()).isEqualTo(code);
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 502, 503, 504})
  void http_5xx_is_transient_and_is_not_retried(int status) {
    slackApi.reply(status, Map.of(), "");

    SendResult result = sender.send(message("U123ABC", "hello"));

    assertThat(result).isInstanceOf(TransientFailure.class);
    assertThat(((TransientFailure) result).code()).isEqualTo("http_" + status);
    assertThat(slackApi.received()).hasSize(1);
  }

  @Test
  void another_4xx_is_permanent_by_its_body_code_or_its_status() {
    slackApi.reply(400, Map.of(), "{\"ok\":false,\"error\":\"invalid_arguments\"}");
    slackApi.reply(404, Map.of(), "<html>Not Found</html>");

    SendResult withCode = sender.send(message("U123ABC", "hello"));
    SendResult withoutCode = sender.send(message("U123ABC", "hello"));

    assertThat(withCode).isInstanceOf(PermanentFailure.class);
    assertThat(((PermanentFailure) withCode).code()).isEqualTo("invalid_arguments");
    assertThat(withoutCode).isInstanceOf(PermanentFailure.class);
    assertThat(((PermanentFailure) withoutCode).code()).isEqualTo("http_404");
  }

  @Test
  void a_200_answer_that_is_not_slacks_json_is_transient() {
    slackApi.reply(200, Map.of(), "<html>captive portal</html>");

    SendResult result = sender.send(message("U123ABC", "hello"));

    assertThat(result).isInstanceOf(TransientFailure.class);
    assertThat(((TransientFailure) result).code()).isEqualTo("unexpected_response");
  }

  @Test
  void a_slack_that_never_answers_is_a_transient_timeout_within_the_configured_timeout() {
    slackApi.hang();

    try (SlackMessageSender impatient =
        new SlackMessageSender(TOKEN, slackApi.methodsEndpointUrlPrefix(), SHORT_TIMEOUT)) {
      long started = System.nanoTime();
      SendResult result = impatient.send(message("U123ABC", "hello"));
      Duration took = Duration.ofNanos(System.nanoTime() - started);

      assertThat(result).isInstanceOf(TransientFailure.class);
      assertThat(((TransientFailure) result).code()).isEqualTo("timeout");
      assertThat(slackApi.received()).hasSize(1);
      // generous: only tells "bounded by our timeout" from "hung until the 10 s default"
      assertThat(took).isLessThan(Duration.ofSeconds(3));
    }
  }

  @Test
  void a_refused_connection_is_a_transient_network_error() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    try (SlackMessageSender unreachable =
        new SlackMessageSender(TOKEN, "http://127.0.0.1:" + closedPort + "/api/", TIMEOUT)) {
      SendResult result = unreachable.send(message("U123ABC", "hello"));

      assertThat(result).isInstanceOf(TransientFailure.class);
      assertThat(((TransientFailure) result).code()).isEqualTo("network_error");
    }
  }

  @Test
  void one_sender_serves_concurrent_sends() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<SendResult>> sends = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        String text = "reminder " + i;
        sends.add(() -> sender.send(message("U123ABC", text)));
      }
      List<SendResult> results = new ArrayList<>();
      for (Future<SendResult> future : pool.invokeAll(sends)) {
        results.add(future.get());
      }

      assertThat(results).allMatch(Delivered.class::isInstance);
      assertThat(results)
          .extracting(r -> ((Delivered) r).providerMessageId())
          .doesNotHaveDuplicates();
      assertThat(slackApi.received()).hasSize(12);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void a_message_for_another_channel_is_refused_without_calling_slack() {
    OutboundMessage email =
        new OutboundMessage(
            UUID.randomUUID(), null, ChannelType.EMAIL, "a@example.com", "", "hi", "k");

    SendResult result = sender.send(email);

    assertThat(result).isInstanceOf(PermanentFailure.class);
    assertThat(((PermanentFailure) result).code()).isEqualTo("unsupported_channel");
    assertThat(slackApi.received()).isEmpty();
  }

  @Test
  void names_its_provider_and_channel() {
    assertThat(sender.provider()).isEqualTo("slack");
    assertThat(sender.channels()).containsExactly(ChannelType.SLACK);
  }

  @Test
  void the_token_never_appears_in_its_printed_form_or_its_refusals() {
    assertThat(sender.toString()).doesNotContain("secretpart").contains("127.0.0.1");
    assertThatThrownBy(
            () -> new SlackMessageSender("xoxb-secretpart\n", slackApi.methodsEndpointUrlPrefix()))
        .isInstanceOf(IllegalArgumentException.class)
        .message()
        .doesNotContain("secretpart");
  }

  private static OutboundMessage message(String recipient, String text) {
    return new OutboundMessage(
        UUID.randomUUID(),
        UUID.randomUUID(),
        ChannelType.SLACK,
        recipient,
        "Reminder",
        text,
        "reminder-1@2026-05-01T09:00Z");
  }
}
