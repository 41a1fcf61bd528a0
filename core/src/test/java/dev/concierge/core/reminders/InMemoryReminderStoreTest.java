package dev.concierge.core.reminders;

import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.identities.CommIdentity;
import dev.concierge.core.testing.InMemoryPersonStore;
import dev.concierge.core.testing.InMemoryReminderStore;
import dev.concierge.core.testing.TestClients;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

class InMemoryReminderStoreTest extends ReminderStoreContract {
  private final InMemoryPersonStore persons = new InMemoryPersonStore(Clock.systemUTC());
  private final InMemoryReminderStore store = new InMemoryReminderStore(Clock.systemUTC(), persons);

  @Override
  protected ReminderStore store() {
    return store;
  }

  @Override
  protected UUID newOrganization() {
    return UUID.randomUUID();
  }

  @Override
  protected UUID newPerson(UUID orgId, ZoneId zone) {
    return TestClients.in(persons, orgId, "Aiko Tanaka", zone);
  }

  @Override
  protected UUID newDateItem(UUID orgId, UUID personId) {
    return UUID.randomUUID();
  }

  @Override
  protected CommIdentity newIdentity(UUID orgId, UUID personId, ChannelType channel) {
    return new CommIdentity(
        UUID.randomUUID(), orgId, personId, channel, "aiko", true, false, null, null, null);
  }

  @Override
  protected void recordDelivery(
      UUID orgId, UUID reminderRuleId, int attemptNumber, Instant startedAt) {
    store.addDelivery(
        orgId,
        new ReminderDelivery(
            UUID.randomUUID(),
            reminderRuleId,
            startedAt,
            attemptNumber,
            "email",
            null,
            "aiko@example.com",
            "ses",
            "Hi Aiko",
            "template",
            "failed_transient",
            null,
            "throttled",
            "slow down",
            startedAt,
            startedAt.plusMillis(40),
            null,
            null,
            null,
            null));
  }

  @Override
  protected void recordDelivered(
      UUID orgId, UUID reminderRuleId, Instant cycle, String providerMessageId) {
    store.addDelivery(
        orgId,
        new ReminderDelivery(
            UUID.randomUUID(),
            reminderRuleId,
            cycle,
            2,
            "slack",
            null,
            "U0SARAH",
            "slack",
            "Hi Aiko",
            "template",
            "delivered",
            providerMessageId,
            null,
            null,
            cycle,
            cycle.plusMillis(40),
            null,
            null,
            null,
            null));
  }
}
