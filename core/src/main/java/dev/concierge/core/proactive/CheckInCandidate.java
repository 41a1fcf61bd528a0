package dev.concierge.core.proactive;

import dev.concierge.core.identities.ChannelType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A client to check in with today, and where to reach them.
 *
 * @param personName how to address them (preferred name, else full name)
 * @param today their local date when the candidates were found
 * @param channel the channel of their primary identity chosen for the check-in
 * @param recipient that identity's address
 * @param dates their upcoming dates, nearest first; never empty
 */
public record CheckInCandidate(
    UUID orgId,
    UUID personId,
    String personName,
    ZoneId zone,
    LocalDate today,
    UUID commIdentityId,
    ChannelType channel,
    String recipient,
    List<UpcomingDate> dates) {
  public CheckInCandidate {
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(personName, "personName");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(today, "today");
    Objects.requireNonNull(commIdentityId, "commIdentityId");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(recipient, "recipient");
    dates = List.copyOf(dates);
    if (dates.isEmpty()) {
      throw new IllegalArgumentException("a check-in candidate has at least one upcoming date");
    }
  }
}
