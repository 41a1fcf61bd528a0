package dev.concierge.ical;

import dev.concierge.core.calendar.CalendarDocument;
import dev.concierge.core.calendar.CalendarEntry;
import dev.concierge.core.calendar.EventTime;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Action;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * A feed as RFC 5545 text: one VEVENT per date item, all-day ({@code DTSTART;VALUE=DATE}) unless
 * the item was imported with a time of day, then at that time with its {@code TZID} and the zone's
 * VTIMEZONE; its RRULE as stored; a VALARM per lead-time reminder. The text depends only on the
 * data (DTSTAMP is the item's last change), so an unchanged feed is byte for byte the same.
 */
final class FeedWriter {
  static final String PRODUCT = "-//Concierge//Concierge calendar feed//EN";

  private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

  String write(CalendarDocument document) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId(PRODUCT));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
    // the name Apple Calendar, Google Calendar and Outlook show for a subscription
    calendar.add(new XProperty("X-WR-CALNAME", document.name()));
    Map<String, VTimeZone> used = new TreeMap<>();
    for (CalendarEntry entry : document.entries()) {
      calendar.add(event(entry, document, used));
    }
    used.values().forEach(calendar::add);
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(false).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ValidationException e) {
      throw new IllegalStateException("unvalidated output was validated", e);
    }
    return LineFolding.fold(unfold(out.toString()));
  }

  private VEvent event(
      CalendarEntry entry, CalendarDocument document, Map<String, VTimeZone> used) {
    String summary =
        document.namesPersons() ? entry.personName() + ": " + entry.title() : entry.title();
    Optional<EventTime> time = entry.time().filter(t -> vtimezone(t.zone()) != null);
    LocalDateTime start =
        time.map(t -> entry.dateValue().atTime(t.startTime()))
            .orElse(entry.dateValue().atStartOfDay());
    VEvent event =
        time.isPresent()
            ? new VEvent(ZonedDateTime.of(start, time.get().zone()), summary)
            : new VEvent(entry.dateValue(), summary);
    time.ifPresent(t -> used.put(t.zone().getId(), vtimezone(t.zone())));
    event.replace(new DtStamp(entry.updatedAt()));
    event.add(new Uid(entry.uid()));
    if (entry.recurrenceRule() != null) {
      event.add(new RRule<>(entry.recurrenceRule()));
    }
    if (entry.notes() != null && !entry.notes().isBlank()) {
      event.add(new Description(entry.notes()));
    }
    event.add(new LastModified(entry.updatedAt()));
    // a birthday is not a meeting: it does not make anyone busy
    event.add(new Transp(Transp.VALUE_TRANSPARENT));
    for (int days : entry.leadTimeDays()) {
      LocalDateTime firesAt = entry.dateValue().minusDays(days).atTime(document.reminderSendTime());
      VAlarm alarm = new VAlarm(Duration.between(start, firesAt));
      alarm.add(new Action(Action.VALUE_DISPLAY));
      alarm.add(new Description(entry.title() + (days == 0 ? " today" : " in " + days + " days")));
      event.add(alarm);
    }
    return event;
  }

  /** The VTIMEZONE ical4j has for an IANA zone; null for a zone it has none for. */
  private VTimeZone vtimezone(ZoneId zone) {
    TimeZone known = zones.getTimeZone(zone.getId());
    return known == null ? null : known.getVTimeZone();
  }

  private static String unfold(String folded) {
    return folded.replace("\r\n ", "").replace("\r\n\t", "");
  }
}
