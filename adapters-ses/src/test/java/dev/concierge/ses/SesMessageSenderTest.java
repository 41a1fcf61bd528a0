package dev.concierge.ses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.reminders.delivery.OutboundMessage;
import dev.concierge.core.reminders.delivery.SendResult;
import dev.concierge.core.reminders.delivery.SendResult.Delivered;
import dev.concierge.core.reminders.delivery.SendResult.PermanentFailure;
import dev.concierge.core.reminders.delivery.SendResult.TransientFailure;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Drives the real AWS SDK through the sender against a fake SES speaking the wire protocol. */
class SesMessageSenderTest {

  private static final SesSettings SETTINGS =
      new SesSettings(
          "AKIDTESTKEY", "test-secret-never-printed", "us-east-1", "concierge@example.com");

  // never reached by a fake that answers, yet a cold SDK's first call on a busy 2-core machine
  // has taken several seconds: only the test about timeouts uses a short one
  private static final Duration ROOMY = Duration.ofSeconds(30);

  private final ObjectMapper json = new ObjectMapper();
  private FakeSes ses;
  private SesMessageSender sender;

  @BeforeEach
  void start() throws Exception {
    ses = new FakeSes();
    sender = senderTo(ses.endpoint(), ROOMY);
  }

  @AfterEach
  void stop() {
    sender.close();
    ses.close();
  }

  private static SesMessageSender senderTo(URI endpoint, Duration callTimeout) {
    return SesMessageSender.builder(SETTINGS)
        .endpointOverride(endpoint)
        .callTimeout(callTimeout)
        .build();
  }

  private static OutboundMessage email(String to, String subject, String text) {
    return new OutboundMessage(
        UUID.randomUUID(), UUID.randomUUID(), ChannelType.EMAIL, to, subject, text, "r1@2026");
  }

  @Test
  void sends_one_signed_simple_email_and_reports_the_message_id() throws Exception {
    ses.acceptWithMessageId("0100018f-abc");

    SendResult result =
        sender.send(
            email(
                "client@example.org",
                "Anniversary on Friday",
                "Book the table <b>now</b> & confirm.\n\nThanks"));

    assertThat(result).isEqualTo(new Delivered("0100018f-abc"));
    assertThat(ses.requests()).hasSize(1);
    FakeSes.Recorded request = ses.requests().get(0);
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo(FakeSes.SEND_EMAIL_PATH);
    assertThat(request.header("Authorization"))
        .startsWith("AWS4-HMAC-SHA256 Credential=AKIDTESTKEY/")
        .contains("/us-east-1/ses/aws4_request");

    JsonNode body = json.readTree(request.body());
    assertThat(body.path("FromEmailAddress").asText()).isEqualTo("concierge@example.com");
    assertThat(body.path("Destination").path("ToAddresses"))
        .extracting(JsonNode::asText)
        .containsExactly("client@example.org");
    JsonNode simple = body.path("Content").path("Simple");
    assertThat(simple.path("Subject").path("Data").asText()).isEqualTo("Anniversary on Friday");
    assertThat(simple.path("Body").path("Text").path("Data").asText())
        .isEqualTo("Book the table <b>now</b> & confirm.\n\nThanks");
    assertThat(simple.path("Body").path("Html").path("Data").asText())
        .contains("<p>Book the table &lt;b&gt;now&lt;/b&gt; &amp; confirm.</p>")
        .contains("<p>Thanks</p>")
        .doesNotContain("<b>");
  }

  @Test
  void without_a_key_pair_it_signs_with_the_default_credentials_chain() {
    SesSettings chainOnly = new SesSettings(null, null, "us-east-1", "concierge@example.com");
    ses.acceptWithMessageId("from-chain");
    // the chain's first link, so the test needs neither environment variables nor ~/.aws
    System.setProperty("aws.accessKeyId", "AKIDFROMCHAIN");
    System.setProperty("aws.secretAccessKey", "chain-secret");
    try (SesMessageSender chained =
        SesMessageSender.builder(chainOnly)
            .endpointOverride(ses.endpoint())
            .callTimeout(ROOMY)
            .build()) {

      assertThat(chained.send(email("client@example.org", "s", "t")))
          .isEqualTo(new Delivered("from-chain"));
    } finally {
      System.clearProperty("aws.accessKeyId");
      System.clearProperty("aws.secretAccessKey");
    }
    assertThat(ses.requests().get(0).header("Authorization"))
        .startsWith("AWS4-HMAC-SHA256 Credential=AKIDFROMCHAIN/");
  }

  @Test
  void throttling_is_transient_with_retry_after_and_the_sdk_does_not_retry() {
    ses.failWith(
        429,
        "TooManyRequestsException",
        "Maximum sending rate exceeded.",
        Map.of("Retry-After", "7"));

    SendResult result = sender.send(email("client@example.org", "s", "t"));

    assertThat(result)
        .isEqualTo(
            new TransientFailure(
                "TooManyRequestsException",
                "Maximum sending rate exceeded.",
                Optional.of(Duration.ofSeconds(7))));
    assertThat(ses.requests()).hasSize(1);
  }

  @ParameterizedTest
  @CsvSource({
    "400, MessageRejected, Email address is not verified.",
    "400, MailFromDomainNotVerifiedException, MAIL FROM domain is not verified.",
    "400, BadRequestException, Missing final '@domain'",
    "400, AccountSuspendedException, Your account is suspended.",
    "400, SendingPausedException, Sending is paused.",
    "404, NotFoundException, Configuration set does not exist."
  })
  void rejections_are_permanent_with_the_error_code(int status, String code, String message) {
    ses.failWith(status, code, message);

    SendResult result = sender.send(email("client@example.org", "s", "t"));

    assertThat(result).isEqualTo(new PermanentFailure(code, message));
    assertThat(ses.requests()).hasSize(1);
  }

  /** AWS quotes the Authorization header in signature errors; the message is stored and shown. */
  @Test
  void an_error_that_quotes_the_credentials_back_is_kept_without_them() {
    ses.failWith(
        403,
        "IncompleteSignatureException",
        "Authorization=AWS4-HMAC-SHA256 Credential=AKIDTESTKEY/20261126/us-east-1/ses/aws4_request"
            + " for test-secret-never-printed");

    SendResult result = sender.send(email("client@example.org", "s", "t"));

    assertThat(result)
        .isEqualTo(
            new TransientFailure(
                "IncompleteSignatureException",
                "Authorization=AWS4-HMAC-SHA256 Credential=[redacted]/20261126/us-east-1/ses"
                    + "/aws4_request for [redacted]"));
  }

  @Test
  void a_server_error_is_transient_and_not_retried_by_the_sdk() {
    ses.failWith(500, "InternalFailure", "We encountered an internal error.");

    SendResult result = sender.send(email("client@example.org", "s", "t"));

    assertThat(result)
        .isEqualTo(new TransientFailure("InternalFailure", "We encountered an internal error."));
    assertThat(ses.requests()).hasSize(1);
  }

  @Test
  void a_server_that_never_answers_is_transient_once_the_call_timeout_passes() {
    ses.neverAnswer();

    SendResult result;
    Duration took;
    try (SesMessageSender impatient = senderTo(ses.endpoint(), Duration.ofMillis(300))) {
      long start = System.nanoTime();
      result = impatient.send(email("client@example.org", "s", "t"));
      took = Duration.ofNanos(System.nanoTime() - start);
    }

    assertThat(result)
        .isInstanceOfSatisfying(
            TransientFailure.class, failure -> assertThat(failure.code()).isEqualTo("Timeout"));
    // well under the 10 s default and the fake's 30 s hold: the configured 300 ms governed
    assertThat(took).isLessThan(Duration.ofSeconds(5));
    assertThat(ses.requests()).hasSize(1);
  }

  @Test
  void an_endpoint_that_refuses_connections_is_transient() throws Exception {
    int closedPort;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = probe.getLocalPort();
    }

    try (SesMessageSender offline = senderTo(URI.create("http://127.0.0.1:" + closedPort), ROOMY)) {
      assertThat(offline.send(email("client@example.org", "s", "t")))
          .isInstanceOfSatisfying(
              TransientFailure.class,
              failure -> assertThat(failure.code()).isIn("ClientError", "Timeout"));
    }
  }

  @ParameterizedTest
  @CsvSource({
    "400, Throttling, Rate exceeded",
    "400, LimitExceededException, Daily message quota exceeded.",
    "503, ServiceUnavailable, Service is unavailable.",
    "502, InternalServiceErrorException, Bad gateway.",
    "403, UnrecognizedClientException, The security token included in the request is invalid."
  })
  void answers_that_can_pass_are_transient(int status, String code, String message) {
    ses.failWith(status, code, message);

    SendResult result = sender.send(email("client@example.org", "s", "t"));

    assertThat(result).isEqualTo(new TransientFailure(code, message));
    assertThat(ses.requests()).hasSize(1);
  }

  @Test
  void an_unknown_client_error_is_permanent() {
    ses.failWith(400, "SerializationException", "Unexpected field.");

    assertThat(sender.send(email("client@example.org", "s", "t")))
        .isEqualTo(new PermanentFailure("SerializationException", "Unexpected field."));
  }

  @Test
  void only_email_is_sent() {
    assertThat(sender.provider()).isEqualTo("ses");
    assertThat(sender.channels()).containsExactly(ChannelType.EMAIL);

    SendResult result =
        sender.send(
            new OutboundMessage(UUID.randomUUID(), null, ChannelType.SLACK, "U123", "s", "t", "k"));

    assertThat(result).isInstanceOf(PermanentFailure.class);
    assertThat(ses.requests()).isEmpty();
  }

  @Test
  void its_printed_form_names_neither_key_nor_secret() {
    assertThat(sender.toString())
        .contains("us-east-1")
        .doesNotContain("AKIDTESTKEY")
        .doesNotContain("test-secret-never-printed");
  }

  @Test
  void a_sender_without_a_from_address_cannot_be_built() {
    SesSettings noSender = new SesSettings("AKIDTESTKEY", "secret", null, null);

    assertThatThrownBy(() -> SesMessageSender.create(noSender))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("EMAIL_FROM");
  }
}
