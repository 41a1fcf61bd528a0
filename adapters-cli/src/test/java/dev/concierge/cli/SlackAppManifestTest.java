package dev.concierge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.concierge.slack.SlackFrontDesk;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** slack-app-manifest.yml asks Slack for exactly what the front desk uses. */
class SlackAppManifestTest {
  private static final Path MANIFEST =
      Path.of("..").toAbsolutePath().normalize().resolve("slack-app-manifest.yml");

  private final JsonNode manifest = read();

  @Test
  void the_bot_scopes_are_exactly_those_the_front_desk_uses() {
    assertThat(strings(manifest.path("oauth_config").path("scopes").path("bot")))
        .isEqualTo(new TreeSet<>(SlackFrontDesk.BOT_SCOPES));
    assertThat(manifest.path("oauth_config").path("scopes").has("user")).isFalse();
  }

  @Test
  void the_events_are_exactly_those_the_front_desk_listens_to() {
    JsonNode events = manifest.path("settings").path("event_subscriptions");
    assertThat(strings(events.path("bot_events")))
        .isEqualTo(new TreeSet<>(SlackFrontDesk.BOT_EVENTS));
    assertThat(events.has("user_events")).isFalse();
  }

  @Test
  void socket_mode_and_the_buttons_are_on_and_clients_may_write_to_the_app() {
    assertThat(manifest.path("settings").path("socket_mode_enabled").asBoolean()).isTrue();
    assertThat(manifest.path("settings").path("interactivity").path("is_enabled").asBoolean())
        .isTrue();
    JsonNode home = manifest.path("features").path("app_home");
    assertThat(home.path("messages_tab_enabled").asBoolean()).isTrue();
    assertThat(home.path("messages_tab_read_only_enabled").asBoolean()).isFalse();
  }

  private static Set<String> strings(JsonNode list) {
    Set<String> values = new TreeSet<>();
    list.forEach(value -> values.add(value.asText()));
    return values;
  }

  private static JsonNode read() {
    try {
      return new YAMLMapper().readTree(MANIFEST.toFile());
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + MANIFEST, e);
    }
  }
}
