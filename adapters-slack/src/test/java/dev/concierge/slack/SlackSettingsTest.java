package dev.concierge.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.core.settings.Environment;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlackSettingsTest {

  @Test
  void socket_mode_needs_all_three_tokens_and_says_which_are_missing() {
    SlackSettings partial = new SlackSettings("xoxb-1", " ", null);

    assertThat(partial.isConfigured()).isFalse();
    assertThat(partial.missing()).containsExactly("SLACK_USER_TOKEN", "SLACK_APP_TOKEN");
    assertThat(new SlackSettings("xoxb-1", "xoxp-2", "xapp-3").isConfigured()).isTrue();
  }

  @Test
  void tokens_never_appear_in_its_printed_form() {
    assertThat(new SlackSettings("xoxb-secret", "xoxp-secret", "xapp-secret").toString())
        .doesNotContain("secret");
  }

  @Test
  void its_tokens_are_read_from_the_slack_variables() {
    SlackSettings read =
        SlackSettings.from(
            Environment.of(Map.of("SLACK_BOT_TOKEN", " xoxb-1 ", "SLACK_APP_TOKEN", "xapp-3")));

    assertThat(read.botToken()).isEqualTo("xoxb-1");
    assertThat(read.missing()).containsExactly("SLACK_USER_TOKEN");
  }
}
