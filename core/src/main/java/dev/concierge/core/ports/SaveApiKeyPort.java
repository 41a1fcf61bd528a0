package dev.concierge.core.ports;

import dev.concierge.core.model.ApiKey;

public interface SaveApiKeyPort {
  ApiKey saveApiKey(ApiKey key);
}
