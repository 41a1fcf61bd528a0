package dev.concierge.core.exchange;

import dev.concierge.core.access.Caller;
import dev.concierge.core.dates.DateItem;
import dev.concierge.core.persons.Person;
import dev.concierge.core.reminders.ReminderRule;
import java.io.Writer;
import java.util.Locale;

/**
 * Use case: an organization's persons, date items or reminders as a table, written as they are read
 * (a 100,000-row export holds one row at a time). Every role may export what it may read. Dates are
 * ISO ({@code 2026-03-15}), instants ISO in UTC ({@code 2026-03-01T14:00:00Z}).
 */
public final class Exports {
  private final ExportStore store;
  private final TableFormat tables;

  public Exports(ExportStore store, TableFormat tables) {
    this.store = store;
    this.tables = tables;
  }

  public void write(Caller caller, ExportKind kind, Writer out) {
    try (TableWriter table = tables.writer(out, kind.columns())) {
      switch (kind) {
        case PERSONS -> store.persons(caller.orgId(), person -> writePerson(table, person));
        case DATE_ITEMS -> store.dateItems(caller.orgId(), item -> writeDateItem(table, item));
        case REMINDERS -> store.reminders(caller.orgId(), rule -> writeReminder(table, rule));
      }
    }
  }

  private static void writePerson(TableWriter table, ExportedPerson exported) {
    Person p = exported.person();
    table.row(
        p.personId(),
        exported.externalId(),
        p.fullName(),
        p.preferredName(),
        p.personType().wireName(),
        p.birthday(),
        p.timezone().getId(),
        exported.email(),
        p.createdAt(),
        p.updatedAt());
  }

  private static void writeDateItem(TableWriter table, DateItem d) {
    table.row(
        d.dateItemId(),
        d.personId(),
        d.categoryId(),
        d.relatedPersonId(),
        d.title(),
        d.dateValue(),
        d.recurrenceRule(),
        d.leapDayPolicy().name().toLowerCase(Locale.ROOT),
        d.nextOccurrence(),
        d.notes(),
        d.createdAt(),
        d.updatedAt());
  }

  private static void writeReminder(TableWriter table, ReminderRule r) {
    table.row(
        r.reminderRuleId(),
        r.personId(),
        r.dateItemId(),
        r.commIdentityId(),
        r.channelType() == null ? null : r.channelType().wireName(),
        r.reminderType().wireName(),
        r.leadTimeDays(),
        r.scheduledAt(),
        r.occurrenceDate(),
        r.status().wireName(),
        r.sentAt(),
        r.failedAt(),
        r.attemptCount(),
        r.createdAt(),
        r.updatedAt());
  }
}
