package dev.concierge.core.ports;

import java.time.Instant;
import java.util.UUID;

public interface RecordAccountLoginPort {
  void recordAccountLogin(UUID accountId, Instant at);
}
