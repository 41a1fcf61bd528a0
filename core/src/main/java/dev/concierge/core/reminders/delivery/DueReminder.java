package dev.concierge.core.reminders.delivery;

import dev.concierge.core.identities.ChannelType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;

/**
 * A reminder a dispatcher has claimed, with what it needs to word and route it, read in the same
 * round trip as the claim.
 *
 * @param cycle the scheduled time of the cycle being delivered; with the rule it names the cycle
 * @param attemptNumber this attempt's number within the cycle (claims count, so a lost claim leaves
 *     a gap rather than a repeated number)
 * @param commIdentityId where it goes: the rule's identity, else the person's primary one; null
 *     when the person has no way to be reached
 * @param channel the route's channel; null without a route
 * @param notes what the wording may add: the date item's notes, or what a standalone reminder is
 *     for; null when blank
 */
public record DueReminder(
    UUID reminderRuleId,
    UUID orgId,
    UUID personId,
    Instant cycle,
    int attemptNumber,
    UUID commIdentityId,
    ChannelType channel,
    String recipient,
    String personName,
    ZoneId zone,
    String dateTitle,
    String categoryName,
    LocalDate occurrenceDate,
    String notes,
    String relatedPersonName) {

  public DueReminder {
    Objects.requireNonNull(reminderRuleId, "reminderRuleId");
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(cycle, "cycle");
    Objects.requireNonNull(personName, "personName");
    Objects.requireNonNull(zone, "zone");
    notes = notes == null || notes.isBlank() ? null : notes;
  }

  public boolean hasRoute() {
    return commIdentityId != null && channel != null && recipient != null;
  }

  /** Names the cycle for providers and logs: the rule and its scheduled time. */
  public String deliveryKey() {
    return reminderRuleId + "@" + cycle;
  }
}
