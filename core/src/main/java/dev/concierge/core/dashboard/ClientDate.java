package dev.concierge.core.dashboard;

import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;

/** A live date item with the person it belongs to: what an organization's calendar is made of. */
public record ClientDate(UUID personId, String personName, ZoneId timezone, ScheduledDate date) {
  public ClientDate {
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(personName, "personName");
    Objects.requireNonNull(timezone, "timezone");
    Objects.requireNonNull(date, "date");
  }
}
