package dev.concierge.core.digest;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An active account whose digest is on.
 *
 * @param lastDone the latest period whose digest was sent, found empty or given up on; null when
 *     there is none
 */
public record DigestSubscriber(
    DigestRecipient recipient, DigestSettings settings, LocalDate lastDone) {
  public DigestSubscriber {
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(settings, "settings");
  }
}
