package dev.concierge.claude;

import dev.concierge.core.settings.Environment;
import java.net.URI;

/**
 * Access to Claude. Without an API key the platform composes messages from templates and the
 * assistant says that AI is not configured.
 *
 * @param apiKey ANTHROPIC_API_KEY; null when unset
 * @param model ANTHROPIC_MODEL: the agents' model and the reminder composer's
 * @param routerModel ANTHROPIC_ROUTER_MODEL: the orchestrator's; the model when unset
 * @param baseUrl ANTHROPIC_BASE_URL: where the Messages API is (a proxy, a local fake); Anthropic's
 *     own when unset
 */
public record ClaudeSettings(String apiKey, String model, String routerModel, String baseUrl) {
  /** The model the original system used (claude-sonnet-4-20250514) is replaced by its successor. */
  public static final String DEFAULT_MODEL = "claude-sonnet-4-5";

  public static final String DEFAULT_BASE_URL = "https://api.anthropic.com";

  /** The environment variables the settings come from. */
  public static final String API_KEY = "ANTHROPIC_API_KEY";

  public static final String MODEL = "ANTHROPIC_MODEL";
  public static final String ROUTER_MODEL = "ANTHROPIC_ROUTER_MODEL";
  public static final String BASE_URL = "ANTHROPIC_BASE_URL";

  public ClaudeSettings {
    apiKey = orNull(apiKey);
    model = orNull(model) == null ? DEFAULT_MODEL : model.strip();
    routerModel = orNull(routerModel) == null ? model : routerModel.strip();
    baseUrl = orNull(baseUrl) == null ? DEFAULT_BASE_URL : baseUrl.strip();
  }

  /** The key and model only: the router uses the model, the API is Anthropic's. */
  public ClaudeSettings(String apiKey, String model) {
    this(apiKey, model, null, null);
  }

  /** The four variables; a base URL that is not http(s) is an error naming ANTHROPIC_BASE_URL. */
  public static ClaudeSettings from(Environment env) {
    return new ClaudeSettings(
        env.text(API_KEY).orElse(null),
        env.text(MODEL).orElse(null),
        env.text(ROUTER_MODEL).orElse(null),
        env.httpUrl(BASE_URL).map(URI::toString).orElse(null));
  }

  public boolean isConfigured() {
    return apiKey != null;
  }

  private static String orNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  @Override
  public String toString() {
    return "ClaudeSettings[configured="
        + isConfigured()
        + ", model="
        + model
        + ", routerModel="
        + routerModel
        + ", baseUrl="
        + baseUrl
        + "]";
  }
}
