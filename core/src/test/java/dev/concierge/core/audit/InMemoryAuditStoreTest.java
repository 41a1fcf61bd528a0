package dev.concierge.core.audit;

import dev.concierge.core.testing.InMemoryAuditStore;
import java.util.UUID;

class InMemoryAuditStoreTest extends AuditStoreContract {
  @Override
  protected AuditStore store() {
    return new InMemoryAuditStore();
  }

  @Override
  protected UUID newOrganization() {
    return UUID.randomUUID();
  }
}
