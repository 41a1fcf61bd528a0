package dev.concierge.core.reminders.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.core.identities.ChannelType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ReminderQueue} does, PostgreSQL's and the in-memory one alike: claims under a
 * lease, recorded rounds, released claims, and what is due. That claims stay exclusive under
 * concurrent dispatchers is PostgreSQL's to prove (its own tests run several at once).
 */
public abstract class ReminderQueueContract {
  protected static final Instant NOW = Instant.parse("2026-11-25T15:00:00Z");
  private static final Duration LEASE = Duration.ofMinutes(5);

  private ReminderQueue queue;

  /** A queue over storage of its own: nothing else is due in it. */
  protected abstract ReminderQueue queue();

  /**
   * Queues a reminder due at {@code dueAt} for Ann (so her preferred name; full name "Ann Person")
   * in America/New_York, about her date "Passport renewal" on 2026-11-28 with the notes "Bring two
   * photos": when {@code routed}, to her primary email identity ann@example.com, else with no
   * identity at all. Returns the reminder's id.
   */
  protected abstract UUID enqueue(Instant dueAt, boolean routed);

  @BeforeEach
  void setUp() {
    queue = queue();
  }

  @Test
  void a_due_reminder_is_claimed_with_what_its_wording_and_routing_need() {
    UUID id = enqueue(NOW.minusSeconds(60), true);

    List<DueReminder> claimed = queue.claim("d1", NOW, LEASE, 10);

    assertThat(claimed).hasSize(1);
    DueReminder reminder = claimed.get(0);
    assertThat(reminder.reminderRuleId()).isEqualTo(id);
    assertThat(reminder.cycle()).isEqualTo(NOW.minusSeconds(60));
    assertThat(reminder.attemptNumber()).isEqualTo(1);
    assertThat(reminder.personName()).isEqualTo("Ann");
    assertThat(reminder.zone()).isEqualTo(ZoneId.of("America/New_York"));
    assertThat(reminder.dateTitle()).isEqualTo("Passport renewal");
    assertThat(reminder.occurrenceDate()).isEqualTo(LocalDate.of(2026, 11, 28));
    assertThat(reminder.notes()).isEqualTo("Bring two photos");
    assertThat(reminder.channel()).isEqualTo(ChannelType.EMAIL);
    assertThat(reminder.recipient()).isEqualTo("ann@example.com");
    assertThat(reminder.hasRoute()).isTrue();
    assertThat(queue.organizationOf(id)).contains(reminder.orgId());
  }

  @Test
  void a_reminder_without_an_identity_is_claimed_without_a_route() {
    enqueue(NOW, false);

    assertThat(queue.claim("d1", NOW, LEASE, 10))
        .singleElement()
        .satisfies(reminder -> assertThat(reminder.hasRoute()).isFalse());
  }

  @Test
  void a_reminder_not_yet_due_is_neither_claimed_nor_counted() {
    enqueue(NOW.plusSeconds(1), true);

    assertThat(queue.claim("d1", NOW, LEASE, 10)).isEmpty();
    assertThat(queue.countDue(NOW)).isZero();
    assertThat(queue.oldestDue(NOW)).isEmpty();
    assertThat(queue.listDue(NOW, 10)).isEmpty();
  }

  @Test
  void claims_take_the_oldest_first_and_no_more_than_asked() {
    UUID second = enqueue(NOW.minusSeconds(20), true);
    UUID third = enqueue(NOW.minusSeconds(10), true);
    UUID first = enqueue(NOW.minusSeconds(30), true);

    List<DueReminder> batch = queue.claim("d1", NOW, LEASE, 2);

    assertThat(batch).extracting(DueReminder::reminderRuleId).containsExactly(first, second);
    assertThat(queue.claim("d2", NOW, LEASE, 2))
        .extracting(DueReminder::reminderRuleId)
        .containsExactly(third);
  }

  @Test
  void a_claimed_reminder_comes_back_only_when_its_lease_ends_and_as_the_next_attempt() {
    UUID id = enqueue(NOW, true);
    queue.claim("d1", NOW, LEASE, 10);

    List<DueReminder> duringLease = queue.claim("d2", NOW.plus(LEASE).minusSeconds(1), LEASE, 10);
    List<DueReminder> afterLease = queue.claim("d2", NOW.plus(LEASE), LEASE, 10);

    assertThat(duringLease).isEmpty();
    assertThat(afterLease)
        .singleElement()
        .satisfies(r -> assertThat(r.attemptNumber()).isEqualTo(2));
    assertThat(queue.listDue(NOW.plus(LEASE), 10))
        .singleElement()
        .satisfies(
            pending -> {
              assertThat(pending.reminderRuleId()).isEqualTo(id);
              assertThat(pending.claimedBy()).isEqualTo("d2");
              assertThat(pending.attemptCount()).isEqualTo(2);
            });
  }

  @Test
  void a_renewed_claim_outlasts_its_first_lease_and_one_another_took_is_not_renewed() {
    UUID kept = enqueue(NOW.minusSeconds(2), true);
    enqueue(NOW.minusSeconds(1), true);
    List<DueReminder> claimed = queue.claim("d1", NOW, LEASE, 10);

    Set<UUID> renewed = queue.renew("d1", claimed, NOW.plus(LEASE).minusSeconds(1), LEASE);
    List<DueReminder> atFirstLeaseEnd = queue.claim("d2", NOW.plus(LEASE), LEASE, 10);
    List<DueReminder> afterRenewedLease =
        queue.claim("d2", NOW.plus(LEASE.multipliedBy(2)), LEASE, 1);
    Set<UUID> renewedAgain =
        queue.renew("d1", claimed, NOW.plus(LEASE.multipliedBy(2)).plusSeconds(1), LEASE);

    assertThat(renewed).containsExactlyInAnyOrderElementsOf(ids(claimed));
    assertThat(atFirstLeaseEnd).isEmpty();
    assertThat(ids(afterRenewedLease)).containsExactly(kept);
    assertThat(renewedAgain).hasSize(1).doesNotContain(kept);
    assertThat(queue.renew("d1", List.of(), NOW, LEASE)).isEmpty();
  }

  @Test
  void a_recorded_reminder_is_no_longer_renewed() {
    enqueue(NOW, true);
    DueReminder reminder = queue.claim("d1", NOW, LEASE, 10).get(0);

    queue.record("d1", List.of(send(reminder).delivered("msg-1")));

    assertThat(queue.renew("d1", List.of(reminder), NOW.plusSeconds(1), LEASE)).isEmpty();
  }

  @Test
  void a_delivered_reminder_leaves_the_queue() {
    enqueue(NOW, true);
    DueReminder reminder = queue.claim("d1", NOW, LEASE, 10).get(0);

    queue.record("d1", List.of(send(reminder).delivered("msg-1")));

    assertThat(queue.claim("d1", NOW.plus(LEASE), LEASE, 10)).isEmpty();
    assertThat(queue.countDue(NOW.plus(LEASE))).isZero();
    assertThat(queue.listDue(NOW.plus(LEASE), 10)).isEmpty();
  }

  @Test
  void a_failed_or_unroutable_reminder_leaves_the_queue() {
    enqueue(NOW.minusSeconds(2), true);
    enqueue(NOW.minusSeconds(1), false);
    List<DueReminder> batch = queue.claim("d1", NOW, LEASE, 10);

    queue.record(
        "d1",
        List.of(
            send(batch.get(0)).failed("rejected", "no such mailbox"),
            DeliveryAttempt.noRoute(batch.get(1), NOW)));

    assertThat(queue.countDue(NOW.plus(LEASE))).isZero();
    assertThat(queue.claim("d1", NOW.plus(LEASE), LEASE, 10)).isEmpty();
  }

  @Test
  void a_reminder_to_retry_stays_due_but_is_claimed_again_only_from_its_next_attempt() {
    UUID id = enqueue(NOW, true);
    DueReminder reminder = queue.claim("d1", NOW, LEASE, 10).get(0);
    Instant next = NOW.plus(Duration.ofMinutes(2));

    queue.record("d1", List.of(send(reminder).retryAt(next, "throttled", "slow down")));

    assertThat(queue.claim("d1", next.minusSeconds(1), LEASE, 10)).isEmpty();
    assertThat(queue.countDue(NOW)).isEqualTo(1);
    assertThat(queue.listDue(NOW, 10))
        .singleElement()
        .satisfies(
            pending -> {
              assertThat(pending.reminderRuleId()).isEqualTo(id);
              assertThat(pending.nextAttemptAt()).isEqualTo(next);
              assertThat(pending.claimedBy()).isNull();
              assertThat(pending.attemptCount()).isEqualTo(1);
            });
    assertThat(queue.claim("d1", next, LEASE, 10))
        .singleElement()
        .satisfies(again -> assertThat(again.attemptNumber()).isEqualTo(2));
  }

  @Test
  void released_claims_can_be_taken_by_another_dispatcher_at_once() {
    enqueue(NOW.minusSeconds(2), true);
    enqueue(NOW.minusSeconds(1), true);
    queue.claim("stopping", NOW, LEASE, 1);
    queue.claim("other", NOW, LEASE, 1);

    int released = queue.release("stopping");

    assertThat(released).isEqualTo(1);
    assertThat(queue.claim("next", NOW, LEASE, 10)).hasSize(1);
    assertThat(queue.release("nobody")).isZero();
  }

  @Test
  void a_round_recorded_after_its_lease_was_lost_leaves_the_new_claim_alone() {
    UUID id = enqueue(NOW, true);
    DueReminder late = queue.claim("slow", NOW, LEASE, 10).get(0);
    DueReminder taken = queue.claim("fast", NOW.plus(LEASE), LEASE, 10).get(0);

    queue.record("slow", List.of(send(late).delivered("late-1")));
    List<PendingReminder> afterLateRecord = queue.listDue(NOW.plus(LEASE), 10);
    queue.record("fast", List.of(send(taken).delivered("fast-1")));

    assertThat(afterLateRecord)
        .singleElement()
        .satisfies(
            pending -> {
              assertThat(pending.reminderRuleId()).isEqualTo(id);
              assertThat(pending.claimedBy()).isEqualTo("fast");
            });
    assertThat(queue.countDue(NOW.plus(LEASE))).isZero();
  }

  @Test
  void the_oldest_due_and_the_count_are_of_due_reminders_only() {
    enqueue(NOW.minusSeconds(90), true);
    enqueue(NOW.minusSeconds(30), false);
    enqueue(NOW.plusSeconds(30), true);

    assertThat(queue.countDue(NOW)).isEqualTo(2);
    assertThat(queue.oldestDue(NOW)).contains(NOW.minusSeconds(90));
    assertThat(queue.listDue(NOW, 1))
        .extracting(PendingReminder::scheduledAt)
        .containsExactly(NOW.minusSeconds(90));
    assertThat(queue.organizationOf(UUID.randomUUID())).isEmpty();
  }

  private static List<UUID> ids(List<DueReminder> reminders) {
    return reminders.stream().map(DueReminder::reminderRuleId).toList();
  }

  private static DeliveryAttempt.Send send(DueReminder reminder) {
    return new DeliveryAttempt.Send(reminder, "test", "Hi Ann", false, NOW, NOW.plusMillis(5));
  }
}
