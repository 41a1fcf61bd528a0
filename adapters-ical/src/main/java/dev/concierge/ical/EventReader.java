package dev.concierge.ical;

import dev.concierge.core.calendar.EventStart;
import dev.concierge.core.calendar.ImportedEvent;
import dev.concierge.core.errors.ValidationException;
import java.io.IOException;
import java.io.StringReader;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Related;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Trigger;

/**
 * The VEVENTs of an iCalendar file, as core's {@link ImportedEvent}s. Whatever ical4j cannot parse
 * is one 400 on {@code body}; an event it parses but a date item cannot be (no start, cancelled, an
 * exception to a series) is read as unusable, with the reason, so the rest of the file still
 * imports.
 */
final class EventReader {
  private static final String NOT_ICALENDAR = "is not an iCalendar (RFC 5545) file: ";

  List<ImportedEvent> read(String text) {
    Calendar calendar = parse(text);
    List<ImportedEvent> events = new ArrayList<>();
    for (VEvent event : calendar.<VEvent>getComponents(VEvent.VEVENT)) {
      events.add(imported(event));
    }
    return events;
  }

  private static Calendar parse(String text) {
    try {
      return new CalendarBuilder().build(new StringReader(text));
    } catch (ParserException e) {
      throw new ValidationException("body", NOT_ICALENDAR + e.getMessage());
    } catch (IOException | RuntimeException e) {
      // ical4j reports values it cannot read (a date of month 13, a bad RRULE part) unchecked
      throw new ValidationException("body", NOT_ICALENDAR + describe(e));
    }
  }

  private static ImportedEvent imported(VEvent event) {
    String uid = text(event, Property.UID);
    String summary = text(event, Property.SUMMARY);
    String description = text(event, Property.DESCRIPTION);
    List<String> warnings = new ArrayList<>();
    String unusable = null;
    EventStart start = null;
    try {
      start = start(event, warnings);
    } catch (RuntimeException e) {
      unusable = "has a start (DTSTART) that cannot be read: " + describe(e);
    }
    if (start == null && unusable == null) {
      unusable = "has no start (DTSTART)";
    } else if (event.getProperty(Property.RECURRENCE_ID).isPresent()) {
      unusable =
          "changes one occurrence of a recurring event (RECURRENCE-ID); the series is imported"
              + " on its own";
    } else if (text(event, Property.STATUS) != null
        && Status.VALUE_CANCELLED.equalsIgnoreCase(text(event, Property.STATUS))) {
      unusable = "is cancelled";
    }
    List<Property> rules = event.getProperties(Property.RRULE);
    if (rules.size() > 1) {
      warnings.add("only the first of its " + rules.size() + " RRULEs is kept");
    }
    int excluded = event.getProperties(Property.EXDATE).size();
    if (excluded > 0) {
      warnings.add(
          "its excluded dates (EXDATE) are not kept: a Concierge date recurs without exceptions");
    }
    if (!event.getProperties(Property.RDATE).isEmpty()) {
      warnings.add("its extra dates (RDATE) are not kept: a date recurs by its RRULE alone");
    }
    return new ImportedEvent(
        uid,
        summary,
        description,
        start,
        rules.isEmpty() ? null : rules.get(0).getValue(),
        alarmOffsets(event),
        unusable,
        warnings);
  }

  private static EventStart start(VEvent event, List<String> warnings) {
    Optional<DtStart<Temporal>> property = event.getProperty(Property.DTSTART);
    if (property.isEmpty()) {
      return null;
    }
    Temporal value = property.get().getDate();
    if (value instanceof LocalDate date) {
      return new EventStart.AllDay(date);
    }
    if (value instanceof LocalDateTime floating) {
      return new EventStart.WallClock(floating, null);
    }
    if (value instanceof OffsetDateTime utc) {
      return new EventStart.Utc(utc.toInstant());
    }
    if (value instanceof ZonedDateTime zoned) {
      String tzid = property.get().getParameter(Parameter.TZID).map(Parameter::getValue).orElse("");
      Optional<ZoneId> zone = iana(tzid, zoned.getZone());
      if (zone.isEmpty()) {
        warnings.add(
            "its time zone \"" + tzid + "\" has no IANA name here; the person's zone is used");
      }
      return new EventStart.WallClock(zoned.toLocalDateTime(), zone.orElse(null));
    }
    throw new DateTimeException("a " + value.getClass().getSimpleName() + " start");
  }

  /**
   * The IANA zone of a TZID: the name itself (Google, Apple), a Windows name (Outlook), or what
   * ical4j resolved it to; empty for a zone only the file's own VTIMEZONE defines.
   */
  private static Optional<ZoneId> iana(String tzid, ZoneId resolved) {
    try {
      return Optional.of(ZoneId.of(tzid));
    } catch (DateTimeException notIana) {
      Optional<ZoneId> windows = WindowsZones.iana(tzid);
      if (windows.isPresent()) {
        return windows;
      }
      // ical4j names a zone that only the file defines "ical4j-local-…", which is no IANA zone
      return resolved.getId().startsWith("ical4j") ? Optional.empty() : Optional.of(resolved);
    }
  }

  /**
   * Each alarm's trigger relative to the event's start; alarms at an instant or the end are left.
   */
  private static List<Duration> alarmOffsets(VEvent event) {
    List<Duration> offsets = new ArrayList<>();
    for (VAlarm alarm : event.getAlarms()) {
      Optional<Trigger> trigger = alarm.getProperty(Property.TRIGGER);
      if (trigger.isEmpty() || trigger.get().isAbsolute()) {
        continue;
      }
      boolean fromEnd =
          trigger
              .get()
              .getParameter(Parameter.RELATED)
              .map(p -> Related.END.getValue().equalsIgnoreCase(p.getValue()))
              .orElse(false);
      TemporalAmount amount = trigger.get().getDuration();
      if (!fromEnd && amount != null) {
        LocalDateTime base = LocalDateTime.of(2000, 1, 1, 0, 0);
        offsets.add(Duration.between(base, base.plus(amount)));
      }
    }
    return offsets;
  }

  private static String text(VEvent event, String name) {
    return event.getProperty(name).map(Property::getValue).orElse(null);
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
