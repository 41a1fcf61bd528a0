package dev.concierge.core.calendar;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The UIDs our feeds give their events, and reading a date item's id back from one. */
final class CalendarUids {
  private static final String DOMAIN = "@dates.concierge.dev";
  private static final Pattern OURS =
      Pattern.compile(
          "([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})" + Pattern.quote(DOMAIN));

  private CalendarUids() {}

  static String of(UUID dateItemId) {
    return dateItemId + DOMAIN;
  }

  /** The date item a UID of ours names; empty for anyone else's UID. */
  static Optional<UUID> dateItemOf(String uid) {
    Matcher matcher = OURS.matcher(uid);
    return matcher.matches() ? Optional.of(UUID.fromString(matcher.group(1))) : Optional.empty();
  }
}
