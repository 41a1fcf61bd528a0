package dev.concierge.core.ports;

import dev.concierge.core.access.ApiKey;

public interface SaveApiKeyPort {
  ApiKey saveApiKey(ApiKey key);
}
