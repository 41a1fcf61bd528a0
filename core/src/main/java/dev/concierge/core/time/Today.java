package dev.concierge.core.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** "Today" as a person sees it: the calendar date in their zone at the clock's instant. */
public final class Today {

  private Today() {}

  public static LocalDate in(ZoneId zone, Clock clock) {
    return LocalDate.now(clock.withZone(zone));
  }
}
