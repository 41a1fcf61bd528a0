package dev.concierge.core.calendar;

import dev.concierge.core.access.Caller;
import dev.concierge.core.dates.DateItem;
import dev.concierge.core.dates.DateItemChanges;
import dev.concierge.core.dates.DateItemDetails;
import dev.concierge.core.dates.DateItems;
import dev.concierge.core.dates.NewDateItem;
import dev.concierge.core.errors.FieldError;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.model.FieldChange;
import dev.concierge.core.model.Metadata;
import dev.concierge.core.persons.Person;
import dev.concierge.core.persons.PersonStore;
import dev.concierge.core.ports.Transactions;
import dev.concierge.core.reminders.NewReminder;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Use case: a person's dates from an iCalendar file (Google Calendar, Outlook, Apple Calendar
 * exports, or a feed of ours). Each VEVENT becomes a date item through {@link DateItems} (so it is
 * validated, scheduled and audited like any other), and the item is remembered under the event's
 * UID: importing the file again updates those items rather than adding new ones. Each event is its
 * own transaction, and the answer says, event by event, what happened.
 *
 * <p>Date items are days: a timed event becomes the day it starts on where it happens, its time of
 * day kept beside it ({@link EventTime}); a UTC time is placed in the person's zone.
 */
public final class CalendarImport {
  /** Events one file may hold; a larger calendar is imported in parts. */
  public static final int MAX_EVENTS = 5_000;

  static final String NO_TITLE = "(no title)";
  private static final int MAX_REMINDERS = 10;

  private final CalendarFormat format;
  private final CalendarImportStore imports;
  private final DateItems dateItems;
  private final PersonStore persons;
  private final Transactions transactions;

  public CalendarImport(
      CalendarFormat format,
      CalendarImportStore imports,
      DateItems dateItems,
      PersonStore persons,
      Transactions transactions) {
    this.format = Objects.requireNonNull(format, "format");
    this.imports = Objects.requireNonNull(imports, "imports");
    this.dateItems = Objects.requireNonNull(dateItems, "dateItems");
    this.persons = Objects.requireNonNull(persons, "persons");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
  }

  /**
   * Imports every event of {@code text} into the person's dates.
   *
   * @throws ValidationException naming {@code body} when the text is no iCalendar, or holds more
   *     than {@link #MAX_EVENTS} events
   */
  public List<ImportResult> importInto(Caller caller, UUID personId, String text) {
    caller.requireWriter();
    Person person =
        persons
            .find(caller.orgId(), personId)
            .orElseThrow(() -> new NotFoundException("person", personId));
    if (text == null || text.isBlank()) {
      throw new ValidationException("body", "is required: send an iCalendar (.ics) file");
    }
    if (text.indexOf('\0') >= 0) {
      // PostgreSQL stores no NUL in text
      throw new ValidationException("body", "must not contain NUL characters");
    }
    List<ImportedEvent> events = format.read(text);
    if (events.size() > MAX_EVENTS) {
      throw new ValidationException(
          "body",
          "holds "
              + events.size()
              + " events; at most "
              + MAX_EVENTS
              + " are imported at once, so split the file");
    }
    Set<String> seen = new HashSet<>();
    List<ImportResult> results = new ArrayList<>();
    for (ImportedEvent event : events) {
      results.add(importOne(caller, person, event, seen));
    }
    return results;
  }

  private ImportResult importOne(
      Caller caller, Person person, ImportedEvent event, Set<String> seen) {
    if (event.unusable() != null) {
      return ImportResult.skipped(event, event.unusable());
    }
    if (event.uid() == null || event.uid().isBlank()) {
      return ImportResult.skipped(
          event, "has no UID, so importing the file again could not find it");
    }
    if (!seen.add(event.uid())) {
      return ImportResult.skipped(event, "another event of the file has the same UID");
    }
    try {
      Optional<DateItem> existing = existing(caller, person.personId(), event.uid());
      return transactions.inTransaction(
          () -> {
            ImportResult result =
                existing.isPresent()
                    ? update(caller, existing.get(), event, person.timezone())
                    : create(caller, person, event);
            imports.link(caller.orgId(), person.personId(), event.uid(), result.dateItemId());
            return result;
          });
    } catch (ValidationException e) {
      return ImportResult.skipped(event, reasons(e.errors()));
    }
  }

  /**
   * The person's live item the UID names: the item of our feed's UID when it is the person's, else
   * the one an earlier import of the UID made.
   */
  private Optional<DateItem> existing(Caller caller, UUID personId, String uid) {
    return CalendarUids.dateItemOf(uid)
        .flatMap(id -> live(caller, personId, id))
        .or(
            () ->
                imports
                    .find(caller.orgId(), personId, uid)
                    .flatMap(id -> live(caller, personId, id)));
  }

  private Optional<DateItem> live(Caller caller, UUID personId, UUID dateItemId) {
    try {
      DateItem item = dateItems.get(caller, dateItemId).item();
      return item.personId().equals(personId) ? Optional.of(item) : Optional.empty();
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  private ImportResult create(Caller caller, Person person, ImportedEvent event) {
    Placed placed = Placed.of(event.start(), person.timezone());
    NewDateItem input =
        new NewDateItem(
            person.personId(),
            null,
            null,
            title(event),
            placed.date(),
            event.recurrenceRule(),
            null,
            event.description(),
            placed.metadata(Metadata.EMPTY),
            reminders(event.alarmOffsets(), placed));
    DateItemDetails created = dateItems.create(caller, input);
    return ImportResult.done(event, ImportStatus.CREATED, created.item().dateItemId());
  }

  private ImportResult update(Caller caller, DateItem item, ImportedEvent event, ZoneId zone) {
    Placed placed = Placed.of(event.start(), zone);
    String title = title(event);
    String rule = event.recurrenceRule() == null ? null : event.recurrenceRule().strip();
    String notes = event.description() == null ? item.notes() : event.description();
    Metadata metadata = placed.metadata(item.metadata());
    if (title.equals(item.title())
        && placed.date().equals(item.dateValue())
        && Objects.equals(rule, item.recurrenceRule())
        && Objects.equals(notes, item.notes())
        && metadata.equals(item.metadata())) {
      return ImportResult.done(event, ImportStatus.UNCHANGED, item.dateItemId());
    }
    DateItemChanges changes =
        new DateItemChanges(
            FieldChange.unchanged(),
            FieldChange.unchanged(),
            FieldChange.to(title),
            FieldChange.to(placed.date()),
            FieldChange.to(rule),
            FieldChange.unchanged(),
            event.description() == null ? FieldChange.unchanged() : FieldChange.to(notes),
            FieldChange.to(metadata));
    dateItems.update(caller, item.dateItemId(), changes);
    return ImportResult.done(event, ImportStatus.UPDATED, item.dateItemId());
  }

  private static String title(ImportedEvent event) {
    return event.summary() == null || event.summary().isBlank()
        ? NO_TITLE
        : event.summary().strip();
  }

  /**
   * A lead-time reminder for each alarm before the start: as many days before as the alarm's day is
   * before the event's (an alarm at 09:00 two weeks ahead is a reminder 14 days before).
   */
  private static List<NewReminder> reminders(List<Duration> alarms, Placed placed) {
    LocalDateTime start = placed.startsAt();
    TreeSet<Integer> days = new TreeSet<>();
    for (Duration offset : alarms) {
      if (offset.isNegative() || offset.isZero()) {
        long before = ChronoUnit.DAYS.between(start.plus(offset).toLocalDate(), placed.date());
        if (before <= 3660) {
          days.add((int) before);
        }
      }
    }
    return days.stream().limit(MAX_REMINDERS).map(NewReminder::daysBefore).toList();
  }

  /** An event's start as a date item keeps it: the day, and the time of day when it has one. */
  private record Placed(LocalDate date, EventTime time) {
    static Placed of(EventStart start, ZoneId personZone) {
      if (start instanceof EventStart.AllDay allDay) {
        return new Placed(allDay.date(), null);
      }
      if (start instanceof EventStart.WallClock clock) {
        LocalDateTime at = clock.dateTime();
        ZoneId zone = clock.zone() == null ? personZone : clock.zone();
        return new Placed(at.toLocalDate(), new EventTime(at.toLocalTime(), zone));
      }
      ZonedDateTime local = ((EventStart.Utc) start).instant().atZone(personZone);
      return new Placed(local.toLocalDate(), new EventTime(local.toLocalTime(), personZone));
    }

    LocalDateTime startsAt() {
      return time == null ? date.atStartOfDay() : date.atTime(time.startTime());
    }

    Metadata metadata(Metadata current) {
      return time == null ? EventTime.removedFrom(current) : time.into(current);
    }
  }

  private static String reasons(List<FieldError> errors) {
    return errors.stream()
        .map(error -> error.field() + " " + error.message())
        .collect(Collectors.joining("; "));
  }
}
