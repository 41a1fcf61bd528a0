package dev.concierge.core.ports;

import java.util.UUID;

public interface RecordApiKeyUsePort {
  /** Notes that the key was just used (coarsely: at most once a minute is written). */
  void recordApiKeyUse(UUID apiKeyId);
}
