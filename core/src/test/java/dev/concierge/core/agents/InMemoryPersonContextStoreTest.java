package dev.concierge.core.agents;

import dev.concierge.core.categories.DateCategoryStore;
import dev.concierge.core.conversations.ConversationStore;
import dev.concierge.core.dates.DateItemStore;
import dev.concierge.core.organization.Organization;
import dev.concierge.core.persons.PersonStore;
import dev.concierge.core.preferences.PreferenceStore;
import dev.concierge.core.projects.ProjectStore;
import dev.concierge.core.relationships.RelationshipStore;
import dev.concierge.core.reminders.ReminderStore;
import dev.concierge.core.testing.InMemoryPersonContextStore;
import dev.concierge.core.testing.TestClients;
import dev.concierge.core.testing.TickingClock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;

class InMemoryPersonContextStoreTest extends PersonContextStoreContract {
  private final InMemoryPersonContextStore contexts =
      new InMemoryPersonContextStore(TickingClock.fromNow());

  @Override
  protected PersonContextStore store() {
    return contexts;
  }

  @Override
  protected UUID newOrganization() {
    UUID orgId = UUID.randomUUID();
    contexts.organizations.save(
        Organization.of(orgId, "Org", ZoneId.of("UTC"), LocalTime.of(9, 0)));
    return orgId;
  }

  @Override
  protected UUID newPerson(UUID orgId) {
    return TestClients.in(contexts.persons, orgId);
  }

  @Override
  protected PersonStore persons() {
    return contexts.persons;
  }

  @Override
  protected RelationshipStore relationships() {
    return contexts.relationships;
  }

  @Override
  protected DateCategoryStore categories() {
    return contexts.categories;
  }

  @Override
  protected DateItemStore dateItems() {
    return contexts.dateItems;
  }

  @Override
  protected ReminderStore reminders() {
    return contexts.reminders;
  }

  @Override
  protected ProjectStore projects() {
    return contexts.projects;
  }

  @Override
  protected PreferenceStore preferences() {
    return contexts.preferences;
  }

  @Override
  protected ConversationStore conversations() {
    return contexts.conversations;
  }

  @Override
  protected void placeNextOccurrence(UUID orgId, UUID dateItemId, LocalDate next) {
    contexts.dateItems.placeNextOccurrence(dateItemId, next);
  }
}
