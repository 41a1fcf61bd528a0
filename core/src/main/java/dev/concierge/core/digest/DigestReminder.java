package dev.concierge.core.digest;

import dev.concierge.core.identities.ChannelType;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A reminder of one of the digest's clients, due in its window or failed.
 *
 * @param dateTitle the title of the date it reminds about; null for a standalone reminder
 * @param channel where it goes; null when it waits for an identity without a channel
 * @param at when it is due, or, for a failed one, when it failed
 */
public record DigestReminder(
    UUID reminderRuleId,
    UUID personId,
    String personName,
    String dateTitle,
    ChannelType channel,
    Instant at) {
  public DigestReminder {
    Objects.requireNonNull(reminderRuleId, "reminderRuleId");
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(personName, "personName");
    Objects.requireNonNull(at, "at");
  }
}
