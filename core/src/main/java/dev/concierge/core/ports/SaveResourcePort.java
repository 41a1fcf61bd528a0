package dev.concierge.core.ports;

import dev.concierge.core.catalogue.Resource;

public interface SaveResourcePort {
  /** Inserts or updates; vetted_at follows is_vetted. */
  Resource saveResource(Resource resource);
}
