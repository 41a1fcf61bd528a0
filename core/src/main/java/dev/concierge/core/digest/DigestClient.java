package dev.concierge.core.digest;

import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;

/** A client a staff member looks after, with the zone their dates fall in. */
public record DigestClient(UUID personId, String personName, ZoneId timezone) {
  public DigestClient {
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(personName, "personName");
    Objects.requireNonNull(timezone, "timezone");
  }
}
