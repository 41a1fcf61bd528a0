package dev.concierge.core.ports;

import dev.concierge.core.proactive.SentCheckIn;

/**
 * Keeps a sent check-in as an outbound message of the client's active conversation on its channel,
 * starting one if there is none, atomically.
 */
public interface RecordCheckInPort {
  void recordCheckIn(SentCheckIn checkIn);
}
