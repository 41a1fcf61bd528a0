package dev.concierge.http;

import dev.concierge.core.errors.ConfigurationException;
import dev.concierge.core.settings.Environment;
import java.util.regex.Pattern;

/**
 * How hard /api/v1 may be used, per instance (N instances allow N times as much: a staff portal
 * does not need a shared store to be protected). A 0 turns its limit off.
 *
 * <p>The defaults fit a staff portal: a page of it fires a handful of calls at once, so a burst of
 * 100 covers several pages opened together, and 20 a second sustained (72,000 an hour) is beyond
 * any person clicking, so only a runaway script or a scraper ever waits. Keys are 256 random bits
 * and cannot be guessed anyway; 10 failed authentications a minute per address leave room to fix a
 * mistyped key, while a prober's requests stop costing a database lookup each at any rate it likes.
 *
 * @param requestsPerSecond what one API key earns back per second (may be fractional: 0.5 is one
 *     request every two seconds)
 * @param burst how many requests one API key may make at once
 * @param authFailuresPerMinute how many requests with an unusable key one client address may make a
 *     minute (all at once, too) before its keyed requests are refused for a while
 */
public record RateLimits(double requestsPerSecond, int burst, int authFailuresPerMinute) {
  /** Above this a limit would limit nothing. */
  public static final int MAX = 1_000_000;

  /**
   * One request per 1000 seconds. Slower is of no use, and a full burst of it must still fit in a
   * long of nanoseconds.
   */
  public static final double MIN_RATE = 0.001;

  public static final RateLimits DEFAULT = new RateLimits(20, 100, 10);

  private static final String OFF = "off";
  private static final Pattern RATE = Pattern.compile("\\d{1,7}(\\.\\d{1,3})?");

  /**
   * RATE_LIMIT_PER_SECOND, RATE_LIMIT_BURST and AUTH_FAILURES_PER_MINUTE, each 0 or {@code off} for
   * no limit; the defaults when unset.
   */
  public static RateLimits from(Environment env) {
    return new RateLimits(
        rateOrOff(env, "RATE_LIMIT_PER_SECOND", DEFAULT.requestsPerSecond()),
        countOrOff(env, "RATE_LIMIT_BURST", DEFAULT.burst()),
        countOrOff(env, "AUTH_FAILURES_PER_MINUTE", DEFAULT.authFailuresPerMinute()));
  }

  private static double rateOrOff(Environment env, String name, double fallback) {
    String value = env.text(name).orElse(null);
    if (value == null) {
      return fallback;
    }
    if (OFF.equalsIgnoreCase(value)) {
      return 0;
    }
    if (RATE.matcher(value).matches()) {
      double rate = Double.parseDouble(value);
      if (rate <= MAX) {
        return rate;
      }
    }
    throw new ConfigurationException(
        name
            + " must be a number from "
            + MIN_RATE
            + " to "
            + MAX
            + " (0.5 is one request every two seconds), or 0 or off for no limit; got \""
            + value
            + "\"");
  }

  private static int countOrOff(Environment env, String name, int fallback) {
    String value = env.text(name).orElse(null);
    if (value == null) {
      return fallback;
    }
    if (OFF.equalsIgnoreCase(value)) {
      return 0;
    }
    try {
      int count = Integer.parseInt(value);
      if (count >= 0 && count <= MAX) {
        return count;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ConfigurationException(
        name
            + " must be a whole number from 0 to "
            + MAX
            + ", or 0 or off for no limit; got \""
            + value
            + "\"");
  }

  public RateLimits {
    if (requestsPerSecond != 0 && !(requestsPerSecond >= MIN_RATE && requestsPerSecond <= MAX)) {
      throw new IllegalArgumentException(
          "requestsPerSecond must be 0 or "
              + MIN_RATE
              + " to "
              + MAX
              + ", was "
              + requestsPerSecond);
    }
    if (burst < 0 || burst > MAX || authFailuresPerMinute < 0 || authFailuresPerMinute > MAX) {
      throw new IllegalArgumentException("burst and authFailuresPerMinute must be 0 to " + MAX);
    }
  }

  public boolean limitsKeys() {
    return requestsPerSecond > 0 && burst > 0;
  }

  public boolean limitsAuthFailures() {
    return authFailuresPerMinute > 0;
  }
}
