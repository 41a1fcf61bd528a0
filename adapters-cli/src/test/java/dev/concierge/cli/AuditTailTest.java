package dev.concierge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.core.access.ActorType;
import dev.concierge.core.audit.AuditAction;
import dev.concierge.core.audit.AuditCursor;
import dev.concierge.core.audit.AuditEntry;
import dev.concierge.core.audit.AuditQuery;
import dev.concierge.core.audit.AuditStore;
import dev.concierge.core.audit.EntityType;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a follower of the log shows: everything once, in order, including late commits. */
class AuditTailTest {
  private static final UUID ORG = UUID.randomUUID();
  private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");

  private final VisibleLog log = new VisibleLog();

  @Test
  void the_newest_come_first_oldest_first_then_each_new_entry_once() {
    log.commit(entry(0, EntityType.PERSON));
    AuditEntry second = log.commit(entry(1, EntityType.PERSON));
    AuditEntry third = log.commit(entry(2, EntityType.TASK));
    AuditTail tail = new AuditTail(log, ORG, null);

    List<AuditEntry> start = tail.start(2);
    AuditEntry fourth = log.commit(entry(3, EntityType.PERSON));
    List<AuditEntry> poll = tail.poll();
    List<AuditEntry> quiet = tail.poll();

    assertThat(start).containsExactly(second, third);
    assertThat(poll).containsExactly(fourth);
    assertThat(quiet).isEmpty();
  }

  @Test
  void an_entry_committed_after_a_newer_one_was_shown_is_shown_on_the_next_poll() {
    log.commit(entry(0, EntityType.PERSON));
    AuditTail tail = new AuditTail(log, ORG, null);
    tail.start(20);
    // stamped at 4 s, committed (visible) only after the one stamped at 5 s was shown
    AuditEntry newer = log.commit(entry(5, EntityType.PERSON));
    assertThat(tail.poll()).containsExactly(newer);
    AuditEntry late = log.commit(entry(4, EntityType.PERSON));

    assertThat(tail.poll()).containsExactly(late);
    assertThat(tail.poll()).isEmpty();
  }

  @Test
  void only_the_entity_type_asked_for_is_followed() {
    log.commit(entry(0, EntityType.TASK));
    AuditTail tail = new AuditTail(log, ORG, EntityType.PERSON);

    List<AuditEntry> start = tail.start(20);
    AuditEntry person = log.commit(entry(1, EntityType.PERSON));
    log.commit(entry(2, EntityType.TASK));

    assertThat(start).isEmpty();
    assertThat(tail.poll()).containsExactly(person);
  }

  private static AuditEntry entry(int second, EntityType type) {
    return new AuditEntry(
        UUID.randomUUID(),
        ORG,
        ActorType.API_KEY,
        UUID.randomUUID().toString(),
        "portal",
        "concierge",
        AuditAction.UPDATE,
        type,
        UUID.randomUUID(),
        List.of("title"),
        "req-" + second,
        T0.plusSeconds(second));
  }

  /** The committed entries, as a list query sees them. */
  private static final class VisibleLog implements AuditStore {
    private final List<AuditEntry> committed = new ArrayList<>();

    AuditEntry commit(AuditEntry entry) {
      committed.add(entry);
      return entry;
    }

    @Override
    public void append(AuditEntry entry) {
      commit(entry);
    }

    @Override
    public Page<AuditEntry> list(UUID orgId, AuditQuery query, PageRequest page) {
      List<AuditEntry> matching =
          committed.stream()
              .filter(e -> orgId == null || e.orgId().equals(orgId))
              .filter(e -> query.entityType() == null || e.entityType() == query.entityType())
              .filter(e -> query.since() == null || !e.createdAt().isBefore(query.since()))
              .sorted(Comparator.comparing(AuditEntry::createdAt).reversed())
              .toList();
      return new Page<>(
          matching.stream().skip(page.skip()).limit(page.limit()).toList(), matching.size());
    }

    @Override
    public List<AuditEntry> listAfter(UUID orgId, AuditQuery query, AuditCursor after, int limit) {
      throw new UnsupportedOperationException("the tail pages with list");
    }
  }
}
