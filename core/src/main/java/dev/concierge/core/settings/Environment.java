package dev.concierge.core.settings;

import dev.concierge.core.errors.ConfigurationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The environment variables a process was started with, read as typed settings: each adapter's
 * settings record reads its own ({@code SlackSettings.from(env)}), so a variable is named in one
 * place. A blank variable counts as unset, and values are stripped. A value that cannot be used is
 * a {@link ConfigurationException} of one line that names the variable, says what it takes and
 * quotes what it got (the command line exits 2 on it) — for secrets, only their length.
 */
public final class Environment {
  private static final Set<String> TRUE_WORDS = Set.of("1", "true", "yes", "on");
  private static final Set<String> FALSE_WORDS = Set.of("0", "false", "no", "off");
  private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)?");

  private final Map<String, String> variables;

  private Environment(Map<String, String> variables) {
    this.variables = Map.copyOf(variables);
  }

  public static Environment of(Map<String, String> variables) {
    return new Environment(variables);
  }

  /** The variable's value, stripped; empty when it is unset or blank. */
  public Optional<String> text(String name) {
    String value = variables.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  public String text(String name, String fallback) {
    return text(name).orElse(fallback);
  }

  /** {@code true}, {@code yes}, {@code on}, {@code 1} or their opposites; unset is false. */
  public boolean flag(String name) {
    Optional<String> value = text(name);
    if (value.isEmpty()) {
      return false;
    }
    String word = value.get().toLowerCase(Locale.ROOT);
    if (TRUE_WORDS.contains(word)) {
      return true;
    }
    if (FALSE_WORDS.contains(word)) {
      return false;
    }
    throw invalid(name, "must be true or false", value.get());
  }

  /** A whole number from {@code min} to {@code max}; {@code fallback} when unset. */
  public int integer(String name, int min, int max, int fallback) {
    Optional<String> value = text(name);
    if (value.isEmpty()) {
      return fallback;
    }
    try {
      int number = Integer.parseInt(value.get());
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw invalid(name, "must be a number from " + min + " to " + max, value.get());
  }

  /**
   * A duration from {@code min} to {@code max}, as seconds ({@code 300}), a short form ({@code 5m},
   * {@code 30s}, {@code 2h}, {@code 500ms}) or ISO-8601 ({@code PT5M}); {@code fallback} when
   * unset, and the example the error shows.
   */
  public Duration duration(String name, Duration min, Duration max, Duration fallback) {
    Optional<String> value = text(name);
    if (value.isEmpty()) {
      return fallback;
    }
    Duration duration = parseDuration(value.get());
    if (duration == null || duration.compareTo(min) < 0 || duration.compareTo(max) > 0) {
      throw new ConfigurationException(
          name
              + " must be between "
              + describe(min)
              + " and "
              + describe(max)
              + ", as seconds ("
              + fallback.toSeconds()
              + "), a short form ("
              + shortForm(fallback)
              + ") or ISO-8601 ("
              + fallback
              + "); got \""
              + value.get()
              + "\"");
    }
    return duration;
  }

  /** An absolute http:// or https:// URL; empty when unset. */
  public Optional<URI> httpUrl(String name) {
    Optional<String> value = text(name);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(value.get());
      if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getHost() != null) {
        return Optional.of(uri);
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw invalid(name, "must be an http(s) URL", value.get());
  }

  /** The one-line error for {@code name}: "NAME must …, got "value"". Never for a secret. */
  public static ConfigurationException invalid(String name, String expectation, String value) {
    return new ConfigurationException(name + " " + expectation + ", got \"" + value + "\"");
  }

  /** Seconds, a short form or ISO-8601, as {@link #duration} reads them; null when none fits. */
  public static Duration parseDuration(String value) {
    String trimmed = value.strip();
    Matcher m = SHORT_DURATION.matcher(trimmed.toLowerCase(Locale.ROOT));
    if (m.matches()) {
      long amount;
      try {
        amount = Long.parseLong(m.group(1));
      } catch (NumberFormatException e) {
        return null;
      }
      String unit = m.group(2) == null ? "s" : m.group(2);
      return switch (unit) {
        case "ms" -> Duration.ofMillis(amount);
        case "m" -> Duration.ofMinutes(amount);
        case "h" -> Duration.ofHours(amount);
        default -> Duration.ofSeconds(amount);
      };
    }
    try {
      return Duration.parse(trimmed.toUpperCase(Locale.ROOT));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** "1 day", "12 hours", "0 seconds": a bound as a person says it. */
  private static String describe(Duration duration) {
    long seconds = duration.toSeconds();
    if (seconds > 0 && seconds % 86_400 == 0) {
      return count(seconds / 86_400, "day");
    }
    if (seconds > 0 && seconds % 3_600 == 0) {
      return count(seconds / 3_600, "hour");
    }
    if (seconds > 0 && seconds % 60 == 0) {
      return count(seconds / 60, "minute");
    }
    return count(seconds, "second");
  }

  private static String count(long amount, String unit) {
    return amount + " " + unit + (amount == 1 ? "" : "s");
  }

  /** "5m", "20s", "1h": the shortest of the short forms. */
  private static String shortForm(Duration duration) {
    long seconds = duration.toSeconds();
    if (seconds > 0 && seconds % 3_600 == 0) {
      return seconds / 3_600 + "h";
    }
    if (seconds > 0 && seconds % 60 == 0) {
      return seconds / 60 + "m";
    }
    return seconds + "s";
  }
}
