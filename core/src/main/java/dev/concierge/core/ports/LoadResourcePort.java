package dev.concierge.core.ports;

import dev.concierge.core.catalogue.Resource;
import java.util.Optional;
import java.util.UUID;

public interface LoadResourcePort {
  /** A live catalogue entry of any type. */
  Optional<Resource> loadResource(UUID orgId, UUID resourceId);
}
