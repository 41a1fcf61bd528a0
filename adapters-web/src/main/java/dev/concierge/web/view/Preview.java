package dev.concierge.web.view;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The next occurrences of a date as the form describes it, from the client's today in their zone,
 * and when each lead-time reminder would be sent before the first of them.
 *
 * @param error why the form does not describe a date yet, or null
 */
public record Preview(ZoneId zone, List<LocalDate> occurrences, List<Send> sends, String error) {

  /** One reminder's send time, at the organization's send time in the client's zone. */
  public record Send(int daysBefore, Instant at, ZoneId zone, boolean late) {
    public String shown() {
      return Show.time(at, zone);
    }
  }
}
