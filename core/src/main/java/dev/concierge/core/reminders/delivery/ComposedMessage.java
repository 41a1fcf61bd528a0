package dev.concierge.core.reminders.delivery;

import java.util.Objects;

/**
 * A reminder's wording.
 *
 * @param composedBy who wrote it, recorded with the delivery: {@code template} or the model's name
 */
public record ComposedMessage(String subject, String text, String composedBy) {
  public ComposedMessage {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(composedBy, "composedBy");
  }
}
