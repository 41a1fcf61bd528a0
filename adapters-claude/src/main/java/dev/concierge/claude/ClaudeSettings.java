package dev.concierge.claude;

import dev.concierge.core.settings.Environment;
import java.util.Objects;

/**
 * Access to Claude. Without an API key the platform composes messages from templates and the
 * assistant says that AI is not configured.
 */
public record ClaudeSettings(String apiKey, String model) {
  /** The model the original system used (claude-sonnet-4-20250514) is replaced by its successor. */
  public static final String DEFAULT_MODEL = "claude-sonnet-4-5";

  /** ANTHROPIC_API_KEY and ANTHROPIC_MODEL. */
  public static ClaudeSettings from(Environment env) {
    return new ClaudeSettings(
        env.text("ANTHROPIC_API_KEY").orElse(null), env.text("ANTHROPIC_MODEL").orElse(null));
  }

  public ClaudeSettings {
    apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
    model = model == null || model.isBlank() ? DEFAULT_MODEL : model.strip();
    Objects.requireNonNull(model);
  }

  public boolean isConfigured() {
    return apiKey != null;
  }

  @Override
  public String toString() {
    return "ClaudeSettings[configured=" + isConfigured() + ", model=" + model + "]";
  }
}
