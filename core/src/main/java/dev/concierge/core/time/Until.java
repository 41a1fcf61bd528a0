package dev.concierge.core.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The UNTIL bound of a rule: a DATE, a floating DATE-TIME, or a UTC DATE-TIME. It is inclusive: an
 * instance equal to the bound is kept.
 */
public sealed interface Until {

  /**
   * The bound as a wall-clock date-time, used when the expansion itself is floating (no zone). A
   * date means its midnight, as python-dateutil reads it, so a date-time start later that day is
   * already past it; a UTC instant is read as a wall-clock time.
   */
  LocalDateTime floating();

  /** The RRULE text of the bound (the part after {@code UNTIL=}). */
  String text();

  /** {@code UNTIL=YYYYMMDD}. */
  record OnDate(LocalDate date) implements Until {
    public OnDate {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public LocalDateTime floating() {
      return date.atStartOfDay();
    }

    @Override
    public String text() {
      return date.format(DateTimeFormatter.BASIC_ISO_DATE);
    }
  }

  /** {@code UNTIL=YYYYMMDDTHHMMSS}: wall-clock time in the start's zone, if it has one. */
  record AtLocalTime(LocalDateTime dateTime) implements Until {
    public AtLocalTime {
      dateTime = Objects.requireNonNull(dateTime, "dateTime").truncatedTo(ChronoUnit.SECONDS);
    }

    @Override
    public LocalDateTime floating() {
      return dateTime;
    }

    @Override
    public String text() {
      return RuleText.DATE_TIME.format(dateTime);
    }
  }

  /** {@code UNTIL=YYYYMMDDTHHMMSSZ}: compared against each occurrence's instant when zoned. */
  record AtInstant(Instant instant) implements Until {
    public AtInstant {
      instant = Objects.requireNonNull(instant, "instant").truncatedTo(ChronoUnit.SECONDS);
    }

    @Override
    public LocalDateTime floating() {
      return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    @Override
    public String text() {
      return RuleText.DATE_TIME.format(floating()) + "Z";
    }
  }
}
