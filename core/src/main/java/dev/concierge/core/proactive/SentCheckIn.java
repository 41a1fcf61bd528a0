package dev.concierge.core.proactive;

import dev.concierge.core.reminders.delivery.ComposedMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A check-in a provider accepted, to be kept as an outbound message of the client's conversation on
 * its channel, which is also what keeps the client out of the next runs for the quiet days.
 *
 * @param runDate the organization's local date of the run that sent it
 * @param providerMessageId the provider's id, kept as the message's external id; may be null
 */
public record SentCheckIn(
    CheckInCandidate candidate,
    LocalDate runDate,
    ComposedMessage message,
    String provider,
    String providerMessageId,
    Instant sentAt) {
  public SentCheckIn {
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(runDate, "runDate");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(sentAt, "sentAt");
  }

  /** Names this check-in for providers and logs that de-duplicate on it. */
  public static String deliveryKey(CheckInCandidate candidate, LocalDate runDate) {
    return "check-in:" + candidate.personId() + "@" + runDate;
  }
}
