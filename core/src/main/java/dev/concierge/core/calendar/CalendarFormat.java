package dev.concierge.core.calendar;

import java.util.List;

/**
 * iCalendar (RFC 5545) text, written and read: the port a library implements (ical4j, in the
 * adapters-ical module), so that core holds no file format.
 */
public interface CalendarFormat {
  /** The text of a VCALENDAR with one VEVENT per entry. */
  String write(CalendarDocument document);

  /**
   * The VEVENTs of a file, in file order.
   *
   * @throws dev.concierge.core.errors.ValidationException naming {@code body} when the text is no
   *     iCalendar at all
   */
  List<ImportedEvent> read(String text);
}
