package dev.concierge.cli;

import dev.concierge.core.errors.ConfigurationException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How the log is written to stderr (LOG_FORMAT): readable lines by default, or one JSON object per
 * line for a log platform to ingest. Each is a logback configuration on the classpath.
 */
enum LogFormat {
  TEXT("logback.xml"),
  JSON("logback-json.xml");

  static final String VARIABLE = "LOG_FORMAT";

  private final String configuration;

  LogFormat(String configuration) {
    this.configuration = configuration;
  }

  /** The logback configuration resource of this format. */
  String configuration() {
    return configuration;
  }

  /**
   * The format as early as logging needs it, before the settings are validated: an unusable value
   * reads as text here, and stops the command when the settings are loaded ({@link #parse}).
   */
  static LogFormat requested(Map<String, String> env) {
    return find(env.get(VARIABLE)).orElse(TEXT);
  }

  /** The format a set LOG_FORMAT names; text when it is unset or blank. */
  static LogFormat parse(String value) {
    if (value == null || value.isBlank()) {
      return TEXT;
    }
    return find(value)
        .orElseThrow(
            () ->
                new ConfigurationException(
                    VARIABLE + " must be text or json, got \"" + value.strip() + "\""));
  }

  private static Optional<LogFormat> find(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String name = value.strip().toUpperCase(Locale.ROOT);
    for (LogFormat format : values()) {
      if (format.name().equals(name)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}
