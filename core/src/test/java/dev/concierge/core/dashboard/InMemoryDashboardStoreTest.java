package dev.concierge.core.dashboard;

import dev.concierge.core.catalogue.CatalogueStore;
import dev.concierge.core.conversations.ConversationStore;
import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.projects.ProjectStore;
import dev.concierge.core.testing.InMemoryCatalogueStore;
import dev.concierge.core.testing.InMemoryConversationStore;
import dev.concierge.core.testing.InMemoryDashboardStore;
import dev.concierge.core.testing.InMemoryPersonStore;
import dev.concierge.core.testing.InMemoryProjectStore;
import dev.concierge.core.testing.TestClients;
import dev.concierge.core.testing.TickingClock;
import dev.concierge.core.time.LeapDayPolicy;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

class InMemoryDashboardStoreTest extends DashboardStoreContract {
  private final TickingClock clock = TickingClock.fromNow();
  private final InMemoryPersonStore persons = new InMemoryPersonStore(clock);
  private final InMemoryConversationStore conversations = new InMemoryConversationStore(clock);
  private final InMemoryProjectStore projects = new InMemoryProjectStore(clock);
  private final InMemoryCatalogueStore catalogue = new InMemoryCatalogueStore(clock);
  private final InMemoryDashboardStore dashboards =
      new InMemoryDashboardStore(persons, conversations, projects, catalogue, clock);

  @Override
  protected DashboardStore store() {
    return dashboards;
  }

  @Override
  protected UUID newOrganization() {
    return UUID.randomUUID();
  }

  @Override
  protected UUID newPerson(UUID orgId) {
    return TestClients.in(persons, orgId);
  }

  @Override
  protected UUID newPerson(UUID orgId, ZoneId zone) {
    return TestClients.in(persons, orgId, "Client", zone);
  }

  @Override
  protected void deletePerson(UUID orgId, UUID personId) {
    persons.delete(orgId, personId);
  }

  @Override
  protected ConversationStore conversations() {
    return conversations;
  }

  @Override
  protected ProjectStore projects() {
    return projects;
  }

  @Override
  protected CatalogueStore catalogue() {
    return catalogue;
  }

  @Override
  protected UUID addDate(UUID orgId, UUID personId, DateFact date) {
    UUID id = UUID.randomUUID();
    dashboards.addDate(
        orgId,
        personId,
        new ScheduledDate(
            id,
            date.title(),
            date.dateValue(),
            date.recurrenceRule(),
            LeapDayPolicy.FEB_28,
            date.nextOccurrence(),
            date.categoryName() == null ? null : UUID.randomUUID(),
            date.categoryName(),
            date.categoryIcon(),
            date.reminders()));
    return id;
  }

  @Override
  protected void deleteDate(UUID orgId, UUID dateItemId) {
    dashboards.deleteDate(dateItemId);
  }

  @Override
  protected UUID addReminderAttempt(
      UUID orgId,
      UUID personId,
      UUID dateItemId,
      ChannelType channel,
      boolean delivered,
      Instant at) {
    return dashboards.addReminderAttempt(orgId, personId, dateItemId, channel, delivered, at);
  }
}
