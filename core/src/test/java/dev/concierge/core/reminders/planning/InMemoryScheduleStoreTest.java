package dev.concierge.core.reminders.planning;

import dev.concierge.core.dates.DateItemStore;
import dev.concierge.core.organization.Organization;
import dev.concierge.core.reminders.ReminderStore;
import dev.concierge.core.testing.InMemoryDateItemStore;
import dev.concierge.core.testing.InMemoryOrganizationStore;
import dev.concierge.core.testing.InMemoryPersonStore;
import dev.concierge.core.testing.InMemoryReminderStore;
import dev.concierge.core.testing.InMemoryScheduleStore;
import dev.concierge.core.testing.TestClients;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;

class InMemoryScheduleStoreTest extends ScheduleStoreContract {
  private final Clock clock = Clock.systemUTC();
  private final InMemoryOrganizationStore organizations = new InMemoryOrganizationStore();
  private final InMemoryPersonStore persons = new InMemoryPersonStore(clock);
  private final InMemoryDateItemStore dateItems = new InMemoryDateItemStore(clock);
  private final InMemoryReminderStore reminders = new InMemoryReminderStore(clock, persons);

  @Override
  protected DateItemStore dateItems() {
    return dateItems;
  }

  @Override
  protected ReminderStore reminders() {
    return reminders;
  }

  @Override
  protected ScheduleStore schedules() {
    return new InMemoryScheduleStore(dateItems, reminders, persons, organizations);
  }

  @Override
  protected UUID newOrganization(LocalTime sendTime) {
    return organizations
        .save(
            new Organization(
                UUID.randomUUID(), "Org", ZoneId.of("UTC"), sendTime, null, null, null))
        .orgId();
  }

  @Override
  protected UUID newPerson(UUID orgId, ZoneId zone) {
    return TestClients.in(persons, orgId, "Sarah Chen", zone);
  }
}
