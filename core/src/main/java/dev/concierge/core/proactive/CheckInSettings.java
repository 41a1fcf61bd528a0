package dev.concierge.core.proactive;

import dev.concierge.core.errors.ConfigurationException;
import dev.concierge.core.model.Metadata;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How an organization's daily check-in runs. Each value can be set per organization in its {@code
 * settings} JSON object under the keys below; a key that is missing or unreadable takes the value
 * of the installation's defaults (an unreadable one is logged, so a typo does not silently stop
 * check-ins).
 *
 * <ul>
 *   <li>{@value #ENABLED} (boolean, default true): whether the organization checks in at all.
 *   <li>{@value #TIME} (string "HH:mm", default "10:00"): the local time, in the organization's
 *       default time zone, from which the day's run may start.
 *   <li>{@value #DAYS_AHEAD} (integer 0..366, default 14): a client qualifies with a date whose
 *       next occurrence is within this many days of their today.
 *   <li>{@value #QUIET_DAYS} (integer 1..3650, default 30): ... and with no message in or out in
 *       any of their conversations for this many days.
 *   <li>{@value #DAILY_LIMIT} (integer 1..10000, default 200): at most this many clients a day,
 *       nearest dates first; the rest still qualify the next day.
 * </ul>
 */
public record CheckInSettings(
    boolean enabled, LocalTime time, int daysAhead, int quietDays, int dailyLimit) {

  public static final String ENABLED = "proactive_enabled";
  public static final String TIME = "proactive_time";
  public static final String DAYS_AHEAD = "proactive_days_ahead";
  public static final String QUIET_DAYS = "proactive_quiet_days";
  public static final String DAILY_LIMIT = "proactive_daily_limit";

  public static final CheckInSettings DEFAULTS =
      new CheckInSettings(true, LocalTime.of(10, 0), 14, 30, 200);

  private static final Logger log = LoggerFactory.getLogger("dev.concierge.proactive");
  // the run is polled every few minutes: say so once, not on every poll
  private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();

  public CheckInSettings {
    Objects.requireNonNull(time, "time");
    if (daysAhead < 0 || daysAhead > 366) {
      throw new ConfigurationException("Check-in days ahead must be between 0 and 366.");
    }
    if (quietDays < 1 || quietDays > 3650) {
      throw new ConfigurationException("Check-in quiet days must be between 1 and 3650.");
    }
    if (dailyLimit < 1 || dailyLimit > 10_000) {
      throw new ConfigurationException("The daily check-in limit must be between 1 and 10000.");
    }
  }

  /** This organization's settings: its own values where it has them, these elsewhere. */
  public CheckInSettings overriddenBy(Metadata organizationSettings) {
    var values = organizationSettings.values();
    return new CheckInSettings(
        bool(values.get(ENABLED), ENABLED, enabled),
        time(values.get(TIME), time),
        integer(values.get(DAYS_AHEAD), DAYS_AHEAD, daysAhead, 0, 366),
        integer(values.get(QUIET_DAYS), QUIET_DAYS, quietDays, 1, 3650),
        integer(values.get(DAILY_LIMIT), DAILY_LIMIT, dailyLimit, 1, 10_000));
  }

  private static boolean bool(Object value, String key, boolean fallback) {
    if (value == null) {
      return fallback;
    }
    if (value instanceof Boolean b) {
      return b;
    }
    if ("true".equals(value) || "false".equals(value)) {
      return Boolean.parseBoolean((String) value);
    }
    return unreadable(key, value, fallback);
  }

  private static LocalTime time(Object value, LocalTime fallback) {
    if (value == null) {
      return fallback;
    }
    if (value instanceof String text) {
      try {
        return LocalTime.parse(text.strip());
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    return unreadable(TIME, value, fallback);
  }

  private static int integer(Object value, String key, int fallback, int min, int max) {
    if (value == null) {
      return fallback;
    }
    Long number = null;
    if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
      number = n.longValue();
    } else if (value instanceof String text) {
      try {
        number = Long.parseLong(text.strip());
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    if (number != null && number >= min && number <= max) {
      return number.intValue();
    }
    return unreadable(key, value, fallback);
  }

  private static <T> T unreadable(String key, Object value, T fallback) {
    if (REPORTED.size() < 1_000 && REPORTED.add(key + "=" + value)) {
      log.warn("organization setting {}={} is not usable; using {}", key, value, fallback);
    }
    return fallback;
  }
}
