package dev.concierge.core.ports;

import dev.concierge.core.reminders.delivery.DeliveryAttempt;
import java.util.List;

/**
 * Writes attempts of one dispatcher in one transaction: a delivery row each, and each reminder's
 * new state with its claim released. A second successful delivery of a cycle is never written.
 */
public interface RecordDeliveryAttemptsPort {
  void recordDeliveryAttempts(String dispatcherId, List<DeliveryAttempt> attempts);
}
