package dev.concierge.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.core.settings.Environment;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlackSettingsTest {

  @Test
  void socket_mode_needs_the_bot_and_app_tokens_and_says_which_are_missing() {
    SlackSettings partial = new SlackSettings("xoxb-1", "xoxp-2", " ", null);

    assertThat(partial.socketMode()).isFalse();
    assertThat(partial.missing()).containsExactly("SLACK_APP_TOKEN");
    assertThat(new SlackSettings("xoxb-1", null, "xapp-3", null).socketMode()).isTrue();
  }

  @Test
  void http_events_need_the_bot_token_and_the_signing_secret() {
    assertThat(new SlackSettings("xoxb-1", null, null, "secret").httpEvents()).isTrue();
    assertThat(new SlackSettings(null, null, "xapp-3", "secret").httpEvents()).isFalse();
    assertThat(SlackSettings.NONE.httpEvents()).isFalse();
  }

  @Test
  void secrets_never_appear_in_its_printed_form() {
    assertThat(
            new SlackSettings("xoxb-secret", "xoxp-secret", "xapp-secret", "signing-secret")
                .toString())
        .doesNotContain("secret");
  }

  @Test
  void its_secrets_are_read_from_the_slack_variables() {
    SlackSettings read =
        SlackSettings.from(
            Environment.of(
                Map.of(
                    "SLACK_BOT_TOKEN", " xoxb-1 ",
                    "SLACK_APP_TOKEN", "xapp-3",
                    "SLACK_SIGNING_SECRET", "s3")));

    assertThat(read.botToken()).isEqualTo("xoxb-1");
    assertThat(read.appToken()).isEqualTo("xapp-3");
    assertThat(read.signingSecret()).isEqualTo("s3");
    assertThat(read.socketMode()).isTrue();
  }
}
