package dev.concierge.core.calendar;

import java.util.Objects;

/** A feed just created: the stored record and the secret of its URL, which exists nowhere else. */
public record IssuedCalendarFeed(CalendarFeed feed, String secret) {
  public IssuedCalendarFeed {
    Objects.requireNonNull(feed, "feed");
    Objects.requireNonNull(secret, "secret");
  }

  @Override
  public String toString() {
    return "IssuedCalendarFeed[" + feed.calendarFeedId() + "]";
  }
}
