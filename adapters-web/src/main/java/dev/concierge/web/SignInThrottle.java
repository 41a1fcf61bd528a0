package dev.concierge.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins per client address and minute: past the allowance (AUTH_FAILURES_PER_MINUTE, as
 * for the API) the address is refused until its minute is over. Zero turns it off.
 */
final class SignInThrottle {
  private static final Duration WINDOW = Duration.ofMinutes(1);
  private static final int MAX_ADDRESSES = 100_000;

  private record Window(Instant start, int failures) {}

  private final int allowance;
  private final Clock clock;
  private final Map<String, Window> windows = new ConcurrentHashMap<>();

  SignInThrottle(int allowance, Clock clock) {
    this.allowance = allowance;
    this.clock = clock;
  }

  boolean blocked(String address) {
    if (allowance <= 0) {
      return false;
    }
    Window window = windows.get(address);
    return window != null && current(window) && window.failures() >= allowance;
  }

  void failed(String address) {
    if (allowance <= 0) {
      return;
    }
    if (windows.size() > MAX_ADDRESSES) {
      windows.values().removeIf(w -> !current(w));
    }
    windows.merge(
        address,
        new Window(clock.instant(), 1),
        (old, one) -> current(old) ? new Window(old.start(), old.failures() + 1) : one);
  }

  private boolean current(Window window) {
    return window.start().plus(WINDOW).isAfter(clock.instant());
  }
}
