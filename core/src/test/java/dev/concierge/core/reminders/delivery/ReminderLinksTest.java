package dev.concierge.core.reminders.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReminderLinksTest {
  private static final byte[] SECRET =
      "a secret of the installation, 32 bytes or more".getBytes(StandardCharsets.UTF_8);
  private static final UUID ORG = UUID.fromString("00000000-0000-0000-0000-000000000001");
  private static final UUID RULE = UUID.fromString("3f1c2b8e-1111-4000-8000-000000000042");
  private static final Instant CYCLE = Instant.parse("2026-03-01T14:00:00.123456Z");

  private final ReminderLinks links =
      new ReminderLinks(URI.create("https://desk.example/"), SECRET);

  @Test
  void a_link_names_its_organization_reminder_and_cycle_under_the_public_url() {
    URI link = links.linkTo(ORG, RULE, CYCLE);
    String token = link.getPath().substring(ReminderLinks.PATH.length());

    assertThat(link.toString()).startsWith("https://desk.example/r/");
    assertThat(links.read(token)).contains(new ReminderLinks.LinkedCycle(ORG, RULE, CYCLE));
  }

  @Test
  void a_token_altered_or_signed_with_another_secret_reads_as_nothing() {
    String token = links.token(ORG, RULE, CYCLE);
    char last = token.charAt(token.length() - 1);
    String altered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
    ReminderLinks elsewhere =
        new ReminderLinks(
            URI.create("https://desk.example"),
            "another installation's secret, 32 bytes".getBytes(StandardCharsets.UTF_8));

    assertThat(links.read(altered)).isEmpty();
    assertThat(elsewhere.read(token)).isEmpty();
    assertThat(links.read("not base64 at all!")).isEmpty();
    assertThat(links.read(token.substring(4))).isEmpty();
  }
}
