package dev.concierge.core.reminders.delivery;

import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.testing.InMemoryReminderQueue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

class InMemoryReminderQueueTest extends ReminderQueueContract {
  private final InMemoryReminderQueue queue = new InMemoryReminderQueue();
  private final UUID org = UUID.randomUUID();

  @Override
  protected ReminderQueue queue() {
    return queue;
  }

  @Override
  protected UUID enqueue(Instant dueAt, boolean routed) {
    UUID id = UUID.randomUUID();
    queue.add(
        new DueReminder(
            id,
            org,
            UUID.randomUUID(),
            dueAt,
            0,
            routed ? UUID.randomUUID() : null,
            routed ? ChannelType.EMAIL : null,
            routed ? "ann@example.com" : null,
            "Ann",
            ZoneId.of("America/New_York"),
            "Passport renewal",
            null,
            LocalDate.of(2026, 11, 28),
            "Bring two photos",
            null));
    return id;
  }
}
