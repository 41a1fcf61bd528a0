package dev.concierge.claude;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.core.settings.Environment;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClaudeSettingsTest {

  @Test
  void without_a_key_claude_is_not_configured_and_the_default_model_applies() {
    ClaudeSettings settings = new ClaudeSettings("  ", null);

    assertThat(settings.isConfigured()).isFalse();
    assertThat(settings.model()).isEqualTo(ClaudeSettings.DEFAULT_MODEL);
  }

  @Test
  void the_router_model_defaults_to_the_model_and_the_base_url_to_anthropics() {
    ClaudeSettings settings = new ClaudeSettings("sk-ant-x", "claude-opus-4-1");

    assertThat(settings.routerModel()).isEqualTo("claude-opus-4-1");
    assertThat(settings.baseUrl()).isEqualTo("https://api.anthropic.com");
  }

  @Test
  void the_settings_are_read_from_the_anthropic_variables() {
    Map<String, String> environment =
        Map.of(
            "ANTHROPIC_API_KEY", " sk-ant-x ",
            "ANTHROPIC_MODEL", "claude-sonnet-4-5",
            "ANTHROPIC_ROUTER_MODEL", "claude-haiku-4-5",
            "ANTHROPIC_BASE_URL", "http://127.0.0.1:9999");

    ClaudeSettings settings = ClaudeSettings.from(Environment.of(environment));

    assertThat(settings)
        .isEqualTo(
            new ClaudeSettings(
                "sk-ant-x", "claude-sonnet-4-5", "claude-haiku-4-5", "http://127.0.0.1:9999"));
    assertThat(ClaudeSettings.from(Environment.of(java.util.Map.of())).isConfigured()).isFalse();
  }

  @Test
  void the_key_never_appears_in_its_printed_form() {
    assertThat(new ClaudeSettings("sk-ant-secret", "claude-x").toString())
        .doesNotContain("sk-ant-secret")
        .contains("claude-x");
  }
}
