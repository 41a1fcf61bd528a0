package dev.concierge.core.ports;

import dev.concierge.core.catalogue.Resource;
import dev.concierge.core.catalogue.ResourceQuery;
import dev.concierge.core.catalogue.ResourceType;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.util.UUID;

public interface ListResourcesPort {
  /** Live entries of one type matching the query, by name. */
  Page<Resource> listResources(
      UUID orgId, ResourceType type, ResourceQuery query, PageRequest page);
}
