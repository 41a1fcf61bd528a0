package dev.concierge.claude;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClaudeSettingsTest {

  @Test
  void without_a_key_claude_is_not_configured_and_the_default_model_applies() {
    ClaudeSettings settings = new ClaudeSettings("  ", null);

    assertThat(settings.isConfigured()).isFalse();
    assertThat(settings.model()).isEqualTo(ClaudeSettings.DEFAULT_MODEL);
  }

  @Test
  void the_key_never_appears_in_its_printed_form() {
    assertThat(new ClaudeSettings("sk-ant-secret", "claude-x").toString())
        .doesNotContain("sk-ant-secret")
        .contains("claude-x");
  }
}
