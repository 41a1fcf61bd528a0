package dev.concierge.core.reminders.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReminderLinksTest {
  private static final UUID ORG = UUID.fromString("00000000-0000-0000-0000-000000000001");
  private static final UUID RULE = UUID.fromString("3f1c2b8e-1111-4000-8000-000000000042");
  private static final Instant CYCLE = Instant.parse("2026-03-01T14:00:00.123456Z");

  private final ReminderLinks links =
      new ReminderLinks(URI.create("https://desk.example/"), signedWith("our secret"));

  /**
   * A stand-in signature for core's own tests (core holds no cryptography; the library's is an
   * HMAC): a keyed SHA-256, which differs with the key and the payload as the HMAC does.
   */
  private static ReminderLinks.Signatures signedWith(String key) {
    return payload -> {
      try {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        digest.update(key.getBytes(StandardCharsets.UTF_8));
        return digest.digest(payload);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    };
  }

  @Test
  void a_link_names_its_organization_reminder_and_cycle_under_the_public_url() {
    URI link = links.linkTo(ORG, RULE, CYCLE);
    String token = link.getPath().substring(ReminderLinks.PATH.length());

    assertThat(link.toString()).startsWith("https://desk.example/r/");
    assertThat(links.read(token)).contains(new ReminderLinks.LinkedCycle(ORG, RULE, CYCLE));
  }

  @Test
  void a_token_altered_or_signed_with_another_key_reads_as_nothing() {
    String token = links.token(ORG, RULE, CYCLE);
    // a character of the payload, whose every bit counts (the last one has unused bits)
    char tenth = token.charAt(10);
    String altered = token.substring(0, 10) + (tenth == 'A' ? 'B' : 'A') + token.substring(11);
    ReminderLinks elsewhere =
        new ReminderLinks(URI.create("https://desk.example"), signedWith("their secret"));

    assertThat(links.read(altered)).isEmpty();
    assertThat(elsewhere.read(token)).isEmpty();
    assertThat(links.read("not base64 at all!")).isEmpty();
    assertThat(links.read(token.substring(4))).isEmpty();
  }
}
