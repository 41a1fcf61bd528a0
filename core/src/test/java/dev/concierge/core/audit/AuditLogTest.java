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

  @Test
  void the_newest_entries_come_a_page_at_a_time_with_where_the_next_page_starts() {
    for (int i = 0; i < 5; i++) {
      store.append(
          AuditEntry.of(
              admin, AuditAction.UPDATE, EntityType.PERSON, UUID.randomUUID(), List.of()));
    }

    AuditSlice first = log.newest(admin, AuditQuery.ALL, null, 2);
    AuditSlice second = log.newest(admin, AuditQuery.ALL, first.next(), 2);
    AuditSlice last = log.newest(admin, AuditQuery.ALL, second.next(), 2);

    assertThat(first.entries()).hasSize(2);
    assertThat(second.entries()).hasSize(2).doesNotContainAnyElementsOf(first.entries());
    assertThat(last.entries()).hasSize(1);
    assertThat(last.next()).isNull();
    assertThat(AuditCursor.parse(first.next().token())).hasValue(first.next());
    assertThat(AuditCursor.parse("not a cursor")).isEmpty();
    assertThatThrownBy(
            () ->
                log.newest(
                    Caller.apiKey(UUID.randomUUID(), ORG, "staff", ApiRole.CONCIERGE),
                    AuditQuery.ALL,
                    null,
                    2))
        .isInstanceOf(ForbiddenException.class);
  }
}
