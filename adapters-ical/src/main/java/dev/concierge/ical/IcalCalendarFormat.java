package dev.concierge.ical;

import dev.concierge.core.calendar.CalendarDocument;
import dev.concierge.core.calendar.CalendarFormat;
import dev.concierge.core.calendar.ImportedEvent;
import java.util.List;

/**
 * iCalendar with ical4j 4: feeds written by {@link FeedWriter}, files read by {@link EventReader}.
 * Thread-safe (each call builds its own ical4j objects).
 */
public final class IcalCalendarFormat implements CalendarFormat {
  private final FeedWriter writer = new FeedWriter();
  private final EventReader reader = new EventReader();

  @Override
  public String write(CalendarDocument document) {
    return writer.write(document);
  }

  @Override
  public List<ImportedEvent> read(String text) {
    return reader.read(text);
  }
}
