package dev.concierge.core.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;

/** When an imported event starts, as its file says it. */
public sealed interface EventStart {
  /** A whole day ({@code DTSTART;VALUE=DATE}). */
  record AllDay(LocalDate date) implements EventStart {
    public AllDay {
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * A wall-clock time in a zone ({@code TZID}); {@code zone} null for a floating time or a zone no
   * IANA name was found for, which the person's zone stands in for.
   */
  record WallClock(LocalDateTime dateTime, ZoneId zone) implements EventStart {
    public WallClock {
      Objects.requireNonNull(dateTime, "dateTime");
    }
  }

  /** An instant in UTC ({@code 20260315T183000Z}): placed in the person's zone. */
  record Utc(Instant instant) implements EventStart {
    public Utc {
      Objects.requireNonNull(instant, "instant");
    }
  }
}
