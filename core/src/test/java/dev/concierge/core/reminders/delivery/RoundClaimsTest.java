package dev.concierge.core.reminders.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.testing.InMemoryReminderQueue;
import dev.concierge.core.testing.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A round's claims: renewed while it runs, and never sent once another dispatcher took them. */
class RoundClaimsTest {
  private static final Instant NOW = Instant.parse("2026-11-25T15:00:00Z");
  private static final Duration LEASE = Duration.ofSeconds(30);

  private final MovableClock clock = new MovableClock(NOW);
  private final InMemoryReminderQueue queue = new InMemoryReminderQueue();

  @Test
  void claims_another_dispatcher_took_after_a_stall_are_not_sent_and_the_rest_are_kept() {
    List<DueReminder> batch = claimThree();
    RoundClaims claims = new RoundClaims(queue, "d1", clock, LEASE, batch, NOW);

    // d1 froze before its first send, longer than the lease; d2 took the two oldest
    clock.advance(LEASE.plusSeconds(1));
    List<DueReminder> taken = queue.claim("d2", clock.instant(), LEASE, 2);

    assertThat(taken).extracting(DueReminder::reminderRuleId).containsExactly(ids(batch, 0, 1));
    assertThat(claims.maySend(batch.get(0))).isFalse();
    assertThat(claims.maySend(batch.get(1))).isFalse();
    assertThat(claims.maySend(batch.get(2))).isTrue();
    assertThat(queue.claim("d3", clock.instant().plus(LEASE).minusSeconds(1), LEASE, 10)).isEmpty();
  }

  @Test
  void claims_are_renewed_from_a_third_of_the_lease_on() {
    List<DueReminder> batch = claimThree();
    RoundClaims claims = new RoundClaims(queue, "d1", clock, LEASE, batch, NOW);

    clock.advance(Duration.ofSeconds(9));
    claims.renewIfDue();
    List<DueReminder> notYetRenewed = queue.claim("d2", NOW.plus(LEASE), LEASE, 1);
    clock.advance(Duration.ofSeconds(1));
    claims.renewIfDue();
    List<DueReminder> renewed = queue.claim("d2", NOW.plus(LEASE), LEASE, 10);
    List<DueReminder> atRenewedLeaseEnd =
        queue.claim("d2", NOW.plusSeconds(10).plus(LEASE), LEASE, 10);

    assertThat(notYetRenewed).hasSize(1);
    assertThat(renewed).isEmpty();
    assertThat(atRenewedLeaseEnd).hasSize(2);
    assertThat(claims.maySend(batch.get(0))).isFalse();
  }

  private List<DueReminder> claimThree() {
    UUID org = UUID.randomUUID();
    for (int i = 0; i < 3; i++) {
      queue.add(
          new DueReminder(
              UUID.randomUUID(),
              org,
              UUID.randomUUID(),
              NOW.minusSeconds(10 - i),
              0,
              UUID.randomUUID(),
              ChannelType.EMAIL,
              "ann@example.com",
              "Ann",
              ZoneId.of("America/New_York"),
              "Passport renewal",
              null,
              LocalDate.of(2026, 11, 28),
              null,
              null));
    }
    return queue.claim("d1", NOW, LEASE, 10);
  }

  private static UUID[] ids(List<DueReminder> batch, int... positions) {
    UUID[] ids = new UUID[positions.length];
    for (int i = 0; i < positions.length; i++) {
      ids[i] = batch.get(positions[i]).reminderRuleId();
    }
    return ids;
  }
}
