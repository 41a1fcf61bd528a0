package dev.concierge.core.proactive;

import dev.concierge.core.identities.ChannelType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * Everything a check-in's wording may draw on.
 *
 * @param personName how to address the client
 * @param today the client's local date, from which {@link #daysUntil} counts
 * @param dates the client's upcoming dates, nearest first; never empty
 * @param quietDays how long the client has not heard from us or written, at least
 */
public record CheckInContext(
    String personName,
    ZoneId zone,
    ChannelType channel,
    LocalDate today,
    List<UpcomingDate> dates,
    int quietDays) {

  public CheckInContext {
    Objects.requireNonNull(personName, "personName");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(today, "today");
    dates = List.copyOf(dates);
    if (dates.isEmpty()) {
      throw new IllegalArgumentException("a check-in is about at least one upcoming date");
    }
  }

  public int daysUntil(UpcomingDate date) {
    return (int) ChronoUnit.DAYS.between(today, date.occurrence());
  }
}
