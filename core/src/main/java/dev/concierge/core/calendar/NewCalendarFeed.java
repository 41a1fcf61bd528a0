package dev.concierge.core.calendar;

import java.util.UUID;

/**
 * What creating a feed takes: the person whose dates it carries, or none for every client's; the
 * audit log records these field names.
 */
public record NewCalendarFeed(UUID personId) {
  /** The feed of every client's dates. */
  public static NewCalendarFeed wholeOrganization() {
    return new NewCalendarFeed(null);
  }
}
