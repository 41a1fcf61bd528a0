package dev.concierge.core.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** "Today" as a person sees it: the calendar date in their zone at the clock's instant. */
public final class Today {

  private Today() {}

  public static LocalDate in(ZoneId zone, Clock clock) {
    return at(zone, clock.instant());
  }

  public static LocalDate at(ZoneId zone, Instant instant) {
    return LocalDate.ofInstant(instant, zone);
  }

  /**
   * How far off a client's date is, counted from the reader's day rather than the client's: a
   * Kolkata client's Sunday, begun while the reader is still in Saturday, is "tomorrow". A client
   * behind the reader can still be on the day before; it is theirs, and said so.
   *
   * @param readersDay today where the reader is
   * @param date a date from the client's own coming days
   */
  public static String away(LocalDate readersDay, LocalDate date) {
    long days = ChronoUnit.DAYS.between(readersDay, date);
    if (days < 0) {
      return "today, their time";
    }
    return days == 0 ? "today" : days == 1 ? "tomorrow" : "in " + days + " days";
  }
}
