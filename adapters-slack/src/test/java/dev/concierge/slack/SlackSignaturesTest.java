package dev.concierge.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.core.errors.UnauthenticatedException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Slack's v0 request signatures, checked against the example of Slack's documentation. */
class SlackSignaturesTest {
  // Slack's documented example (api.slack.com, "Verifying requests from Slack")
  private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
  private static final String TIMESTAMP = "1531420618";
  private static final byte[] BODY =
      ("token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id="
              + "G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command="
              + "%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands"
              + "%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015."
              + "47445629121.803a0bc887a14d10d2c447fce8b6703c")
          .getBytes(StandardCharsets.UTF_8);
  private static final String SIGNATURE =
      "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
  private static final Instant SENT = Instant.ofEpochSecond(1531420618);

  private final SlackSignatures signatures = new SlackSignatures(SECRET);

  @Test
  void signs_as_slacks_documented_example() {
    assertThat(signatures.sign(TIMESTAMP, BODY)).isEqualTo(SIGNATURE);
  }

  @Test
  void takes_the_example_within_five_minutes_either_way() {
    assertThatCode(() -> signatures.verify(headers(TIMESTAMP, SIGNATURE), BODY, SENT))
        .doesNotThrowAnyException();
    assertThatCode(
            () -> signatures.verify(headers(TIMESTAMP, SIGNATURE), BODY, SENT.plusSeconds(300)))
        .doesNotThrowAnyException();
    assertThatCode(
            () -> signatures.verify(headers(TIMESTAMP, SIGNATURE), BODY, SENT.minusSeconds(300)))
        .doesNotThrowAnyException();
  }

  @Test
  void refuses_a_stale_or_future_timestamp_even_when_signed() {
    assertRefused(headers(TIMESTAMP, SIGNATURE), BODY, SENT.plusSeconds(301));
    assertRefused(headers(TIMESTAMP, SIGNATURE), BODY, SENT.minusSeconds(301));
  }

  @Test
  void refuses_a_wrong_signature_a_changed_body_and_missing_headers() {
    String wrong = SIGNATURE.substring(0, SIGNATURE.length() - 1) + "4";
    assertRefused(headers(TIMESTAMP, wrong), BODY, SENT);
    assertRefused(headers(TIMESTAMP, SIGNATURE), "token=forged".getBytes(), SENT);
    assertRefused(headers(TIMESTAMP, "v1=" + SIGNATURE.substring(3)), BODY, SENT);
    assertRefused(Map.of(SlackSignatures.TIMESTAMP, TIMESTAMP), BODY, SENT);
    assertRefused(Map.of(SlackSignatures.SIGNATURE, SIGNATURE), BODY, SENT);
    assertRefused(headers("not a number", SIGNATURE), BODY, SENT);
  }

  @Test
  void another_secret_signs_otherwise_and_the_secret_never_shows() {
    assertThat(new SlackSignatures("another secret").sign(TIMESTAMP, BODY)).isNotEqualTo(SIGNATURE);
    assertThat(signatures.toString()).doesNotContain(SECRET);
  }

  private void assertRefused(Map<String, String> headers, byte[] body, Instant now) {
    assertThatThrownBy(() -> signatures.verify(headers, body, now))
        .isInstanceOf(UnauthenticatedException.class)
        .hasMessageNotContaining(SECRET);
  }

  private static Map<String, String> headers(String timestamp, String signature) {
    return Map.of(SlackSignatures.TIMESTAMP, timestamp, SlackSignatures.SIGNATURE, signature);
  }
}
