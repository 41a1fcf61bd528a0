package dev.concierge.core.testing;

import dev.concierge.core.access.ApiRole;
import dev.concierge.core.access.Caller;
import dev.concierge.core.audit.AuditEntry;
import dev.concierge.core.audit.AuditTrail;
import dev.concierge.core.dates.DateItems;
import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.identities.CommIdentity;
import dev.concierge.core.organization.Organization;
import dev.concierge.core.ports.Transactions;
import dev.concierge.core.reminders.Reminders;
import dev.concierge.core.reminders.planning.RescheduleDates;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * The date and reminder use cases wired to in-memory stores, as the library wires them to
 * PostgreSQL: one organization sending reminders at 09:00, an admin caller, and the audit entries
 * written. Transactions only run their work (nothing is rolled back in memory).
 */
public final class InMemoryDates {
  public final MovableClock clock;
  public final UUID org = UUID.randomUUID();
  public final Caller admin = Caller.apiKey(UUID.randomUUID(), org, "portal", ApiRole.ADMIN);
  public final Caller analyst = Caller.apiKey(UUID.randomUUID(), org, "reports", ApiRole.ANALYST);
  public final InMemoryOrganizationStore organizations = new InMemoryOrganizationStore();
  public final InMemoryPersonStore persons;
  public final InMemoryCommIdentityStore identities;
  public final InMemoryDateCategoryStore categories;
  public final InMemoryDateItemStore dateItemStore;
  public final InMemoryReminderStore reminderStore;
  public final List<AuditEntry> audited = new CopyOnWriteArrayList<>();
  public final DateItems dateItems;
  public final Reminders reminders;

  /** Everything as of {@code now}. */
  public InMemoryDates(Instant now) {
    clock = new MovableClock(now);
    persons = new InMemoryPersonStore(clock);
    identities = new InMemoryCommIdentityStore(clock);
    categories = new InMemoryDateCategoryStore(clock);
    dateItemStore = new InMemoryDateItemStore(clock);
    reminderStore = new InMemoryReminderStore(clock, persons);
    organizations.save(
        new Organization(org, "Org", ZoneId.of("UTC"), LocalTime.of(9, 0), null, null, null));
    RescheduleDates rescheduling =
        new RescheduleDates(
            new InMemoryScheduleStore(dateItemStore, reminderStore, persons, organizations),
            reminderStore,
            clock);
    AuditTrail audit =
        new AuditTrail(
            new RecordingAuditStore(audited::add),
            new Transactions() {
              @Override
              public <T> T inTransaction(Supplier<T> work) {
                return work.get();
              }
            });
    dateItems =
        new DateItems(
            dateItemStore,
            reminderStore,
            persons,
            categories,
            identities,
            rescheduling,
            audit,
            clock);
    reminders =
        new Reminders(
            reminderStore, dateItemStore, persons, identities, rescheduling, audit, clock);
  }

  /** A client of the organization in {@code zone}. */
  public UUID client(String fullName, ZoneId zone) {
    return TestClients.in(persons, org, fullName, zone);
  }

  /** A primary identity of the person on {@code channel}. */
  public CommIdentity identity(UUID personId, ChannelType channel, String value) {
    return identities.save(
        new CommIdentity(
            UUID.randomUUID(), org, personId, channel, value, true, true, null, null, null));
  }
}
