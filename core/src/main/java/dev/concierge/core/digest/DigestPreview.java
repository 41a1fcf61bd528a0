package dev.concierge.core.digest;

import dev.concierge.core.reminders.delivery.ComposedMessage;
import java.util.Objects;

/**
 * What an account's digest would say if it were sent now, as it would be sent.
 *
 * @param address where it would go: the email address or Slack user id
 */
public record DigestPreview(
    DigestSettings settings, DigestContent content, ComposedMessage message, String address) {
  public DigestPreview {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(address, "address");
  }
}
