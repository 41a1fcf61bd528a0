package dev.concierge.core.reminders;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Turns a reminder trigger and an occurrence into the moment the reminder fires. A lead-time
 * reminder fires at the send time, local to the person, N calendar days before the occurrence ("14
 * days before 2026-03-15 at 09:00 in America/New_York" is 2026-03-01T09:00-05:00). A send time that
 * falls in a DST gap moves forward by the gap's length and one in an overlap takes the earlier
 * offset, as {@link ZonedDateTime#of} does.
 *
 * <p>A moment already past is reported as {@link ReminderTime#late()}, not moved: the caller
 * dispatches it as soon as it can. Thread-safe.
 */
public final class ReminderSchedule {

  private final Clock clock;

  public ReminderSchedule(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * When {@code trigger} fires for the occurrence on {@code occurrence} of a person in {@code
   * zone}.
   */
  public ReminderTime fireTime(ReminderTrigger trigger, LocalDate occurrence, ZoneId zone) {
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(zone, "zone");
    if (trigger instanceof ReminderTrigger.LeadTime leadTime) {
      Objects.requireNonNull(occurrence, "occurrence");
      ZonedDateTime fireAt =
          ZonedDateTime.of(occurrence.minusDays(leadTime.daysBefore()), leadTime.sendTime(), zone);
      return at(fireAt.toOffsetDateTime());
    }
    Instant at = ((ReminderTrigger.Scheduled) trigger).at();
    return at(OffsetDateTime.ofInstant(at, zone));
  }

  private ReminderTime at(OffsetDateTime fireAt) {
    return new ReminderTime(fireAt, fireAt.toInstant().isBefore(clock.instant()));
  }
}
