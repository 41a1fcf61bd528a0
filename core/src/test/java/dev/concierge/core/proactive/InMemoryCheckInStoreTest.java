package dev.concierge.core.proactive;

import dev.concierge.core.conversations.MessageDirection;
import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.model.Metadata;
import dev.concierge.core.testing.InMemoryCheckInStore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

class InMemoryCheckInStoreTest extends CheckInStoreContract {
  private final InMemoryCheckInStore store = new InMemoryCheckInStore();

  @Override
  protected CheckInStore store() {
    return store;
  }

  @Override
  protected UUID newOrganization(ZoneId zone, Metadata settings) {
    return store.addOrganization(zone, settings);
  }

  @Override
  protected UUID newClient(
      UUID orgId, String name, ZoneId zone, ChannelType channel, String address) {
    return store.addClient(orgId, name, zone, channel, address);
  }

  @Override
  protected void addDate(UUID orgId, UUID personId, String title, LocalDate next) {
    store.addDate(personId, title, next);
  }

  @Override
  protected void addMessage(UUID orgId, UUID personId, MessageDirection direction, Instant at) {
    store.addMessage(personId, direction, at);
  }

  @Override
  protected String finishedRun(UUID orgId, LocalDate runDate) {
    return store
        .run(orgId, runDate)
        .filter(run -> run.finishedAt() != null)
        .map(
            run ->
                run.report().candidates() + "/" + run.report().sent() + "/" + run.report().failed())
        .orElse(null);
  }
}
