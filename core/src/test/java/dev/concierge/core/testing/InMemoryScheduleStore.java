package dev.concierge.core.testing;

import dev.concierge.core.dates.DateItem;
import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.organization.Organization;
import dev.concierge.core.organization.OrganizationStore;
import dev.concierge.core.persons.Person;
import dev.concierge.core.persons.PersonStore;
import dev.concierge.core.reminders.ReminderRule;
import dev.concierge.core.reminders.planning.DateItemSchedule;
import dev.concierge.core.reminders.planning.LeadTimeReminder;
import dev.concierge.core.reminders.planning.ReminderChange;
import dev.concierge.core.reminders.planning.ScheduleBatch;
import dev.concierge.core.reminders.planning.ScheduleCalculation;
import dev.concierge.core.reminders.planning.ScheduleChange;
import dev.concierge.core.reminders.planning.ScheduleStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * {@link ScheduleStore} over the in-memory date items and reminders, for fast tests of the rules;
 * held to PostgreSQL's by the contract. Nothing runs concurrently in memory, so no row is ever
 * stale or claimed.
 */
public final class InMemoryScheduleStore implements ScheduleStore {
  private final InMemoryDateItemStore dateItems;
  private final InMemoryReminderStore reminders;
  private final PersonStore persons;
  private final OrganizationStore organizations;

  /**
   * @param persons whose zones the dates are placed in
   * @param organizations whose send times the reminders go at
   */
  public InMemoryScheduleStore(
      InMemoryDateItemStore dateItems,
      InMemoryReminderStore reminders,
      PersonStore persons,
      OrganizationStore organizations) {
    this.dateItems = dateItems;
    this.reminders = reminders;
    this.persons = persons;
    this.organizations = organizations;
  }

  @Override
  public synchronized ScheduleBatch rollOver(
      LocalDate horizon, LocalDate afterNext, UUID afterId, int limit, ScheduleCalculation calc) {
    Comparator<DateItem> order =
        Comparator.comparing(DateItem::nextOccurrence)
            .thenComparing(DateItem::dateItemId, UuidOrder.ASCENDING);
    return process(
        dateItems
            .live(null)
            .filter(item -> item.nextOccurrence() != null)
            .filter(item -> item.nextOccurrence().isBefore(horizon))
            .filter(item -> afterNext == null || after(item, afterNext, afterId))
            .sorted(order),
        limit,
        calc,
        false);
  }

  /** Takes its snapshot under the lock, then hands it over without holding the lock. */
  @Override
  public void readForBackfill(
      UUID orgId, int batchSize, Consumer<List<DateItemSchedule>> eachBatch) {
    List<DateItemSchedule> snapshot;
    synchronized (this) {
      snapshot =
          dateItems
              .live(orgId)
              .sorted(Comparator.comparing(DateItem::dateItemId, UuidOrder.ASCENDING))
              .map(this::schedule)
              .toList();
    }
    for (int from = 0; from < snapshot.size(); from += batchSize) {
      eachBatch.accept(snapshot.subList(from, Math.min(snapshot.size(), from + batchSize)));
    }
  }

  @Override
  public synchronized ScheduleBatch backfill(
      List<DateItemSchedule> read, boolean dryRun, ScheduleCalculation calc) {
    return plan(read, calc, dryRun);
  }

  @Override
  public synchronized ScheduleBatch recompute(
      UUID orgId, Collection<UUID> dateItemIds, ScheduleCalculation calc) {
    return process(
        dateItems
            .live(orgId)
            .filter(item -> dateItemIds.contains(item.dateItemId()))
            .sorted(Comparator.comparing(DateItem::dateItemId, UuidOrder.ASCENDING)),
        Integer.MAX_VALUE,
        calc,
        false);
  }

  private ScheduleBatch process(
      Stream<DateItem> read, int limit, ScheduleCalculation calc, boolean dryRun) {
    return plan(read.limit(limit).map(this::schedule).toList(), calc, dryRun);
  }

  private ScheduleBatch plan(
      List<DateItemSchedule> items, ScheduleCalculation calc, boolean dryRun) {
    int itemsChanged = 0;
    int remindersChanged = 0;
    int rearmed = 0;
    List<UUID> invalid = new ArrayList<>();
    for (DateItemSchedule item : items) {
      ScheduleChange change;
      try {
        change = calc.plan(item);
      } catch (ValidationException e) {
        invalid.add(item.dateItemId());
        continue;
      }
      if (change.nextOccurrenceChanged()) {
        itemsChanged++;
        if (!dryRun) {
          dateItems.placeNextOccurrence(item.dateItemId(), change.nextOccurrence());
        }
      }
      for (ReminderChange reminder : change.reminders()) {
        remindersChanged++;
        rearmed += reminder.rearm() ? 1 : 0;
        if (!dryRun) {
          reminders.moveCycle(reminder);
        }
      }
    }
    DateItemSchedule last = items.isEmpty() ? null : items.get(items.size() - 1);
    return new ScheduleBatch(
        items.size(),
        itemsChanged,
        remindersChanged,
        rearmed,
        0,
        invalid,
        last == null ? null : last.dateItemId(),
        last == null ? null : last.nextOccurrence());
  }

  private DateItemSchedule schedule(DateItem item) {
    Person person = persons.find(item.orgId(), item.personId()).orElseThrow();
    Organization organization = organizations.find(item.orgId()).orElseThrow();
    return new DateItemSchedule(
        item.dateItemId(),
        item.dateValue(),
        item.recurrenceRule(),
        item.leapDayPolicy(),
        person.timezone(),
        organization.reminderSendTime(),
        item.nextOccurrence(),
        reminders.leadTimeRules(item.dateItemId()).stream()
            .map(InMemoryScheduleStore::asScheduled)
            .toList(),
        0);
  }

  private static LeadTimeReminder asScheduled(ReminderRule rule) {
    return new LeadTimeReminder(
        rule.reminderRuleId(),
        rule.leadTimeDays(),
        rule.scheduledAt(),
        rule.occurrenceDate(),
        rule.sentAt() != null,
        rule.failedAt() != null,
        false,
        0);
  }

  /** Whether {@code item} comes after the cursor in roll-over's order. */
  private static boolean after(DateItem item, LocalDate afterNext, UUID afterId) {
    int byDate = item.nextOccurrence().compareTo(afterNext);
    return byDate > 0 || byDate == 0 && UuidOrder.ASCENDING.compare(item.dateItemId(), afterId) > 0;
  }
}
