package dev.concierge.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.core.access.ApiRole;
import dev.concierge.core.access.Caller;
import dev.concierge.core.errors.ForbiddenException;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.testing.InMemoryAuditStore;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Reading the audit log: admins only, their own organization only. */
class AuditLogTest {
  private static final UUID ORG = UUID.randomUUID();
  private static final UUID OTHER_ORG = UUID.randomUUID();

  private final InMemoryAuditStore store = new InMemoryAuditStore();
  private final AuditLog log = new AuditLog(store);
  private final Caller admin = Caller.apiKey(UUID.randomUUID(), ORG, "ops", ApiRole.ADMIN);

  @Test
  void an_admin_reads_the_entries_of_its_own_organization_and_no_others() {
    UUID ours = UUID.randomUUID();
    store.append(AuditEntry.of(admin, AuditAction.CREATE, EntityType.PERSON, ours, List.of()));
    store.append(
        AuditEntry.of(
            Caller.apiKey(UUID.randomUUID(), OTHER_ORG, "theirs", ApiRole.ADMIN),
            AuditAction.CREATE,
            EntityType.PERSON,
            UUID.randomUUID(),
            List.of()));

    assertThat(log.list(admin, AuditQuery.ALL, PageRequest.of(null, null)).items())
        .extracting(AuditEntry::entityId)
        .containsExactly(ours);
  }

  @Test
  void concierges_and_analysts_may_not_read_it() {
    for (ApiRole role : new ApiRole[] {ApiRole.CONCIERGE, ApiRole.ANALYST}) {
      Caller caller = Caller.apiKey(UUID.randomUUID(), ORG, "staff", role);

      assertThatThrownBy(() -> log.list(caller, AuditQuery.ALL, PageRequest.of(null, null)))
          .isInstanceOf(ForbiddenException.class);
    }
  }
}
