package dev.concierge.core.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** "Today" as a person sees it: the calendar date in their zone at the clock's instant. */
public final class Today {

  private Today() {}

  public static LocalDate in(ZoneId zone, Clock clock) {
    return at(zone, clock.instant());
  }

  public static LocalDate at(ZoneId zone, Instant instant) {
    return LocalDate.ofInstant(instant, zone);
  }
}
