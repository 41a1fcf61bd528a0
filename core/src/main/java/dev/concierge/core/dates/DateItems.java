package dev.concierge.core.dates;

import dev.concierge.core.access.Caller;
import dev.concierge.core.audit.AuditTrail;
import dev.concierge.core.audit.EntityType;
import dev.concierge.core.categories.DateCategoryStore;
import dev.concierge.core.errors.FieldError;
import dev.concierge.core.errors.FieldErrors;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.identities.CommIdentityStore;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.persons.Person;
import dev.concierge.core.persons.PersonStore;
import dev.concierge.core.persons.PersonTimezoneListener;
import dev.concierge.core.reminders.ReminderRule;
import dev.concierge.core.reminders.ReminderRuleFactory;
import dev.concierge.core.reminders.ReminderStatus;
import dev.concierge.core.reminders.ReminderStore;
import dev.concierge.core.reminders.planning.RescheduleDates;
import dev.concierge.core.time.LeapDayPolicy;
import dev.concierge.core.time.RecurringDate;
import dev.concierge.core.time.Today;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Use cases of a person's important dates. Every write stores the item (and the reminders created
 * with it), then lets the time engine place the next occurrence and the lead-time reminders — all
 * in one transaction, so an answer always shows computed times and a failure leaves nothing behind.
 * "Today" is the person's, in their zone, by the injected clock.
 */
public final class DateItems implements PersonTimezoneListener {
  private final DateItemStore items;
  private final ReminderStore reminders;
  private final PersonStore persons;
  private final DateCategoryStore categories;
  private final ReminderRuleFactory newRules;
  private final RescheduleDates rescheduling;
  private final AuditTrail audit;
  private final Clock clock;

  /**
   * @param identities where new reminders find the identity they are delivered to
   */
  public DateItems(
      DateItemStore items,
      ReminderStore reminders,
      PersonStore persons,
      DateCategoryStore categories,
      CommIdentityStore identities,
      RescheduleDates rescheduling,
      AuditTrail audit,
      Clock clock) {
    this.items = Objects.requireNonNull(items, "items");
    this.reminders = Objects.requireNonNull(reminders, "reminders");
    this.persons = Objects.requireNonNull(persons, "persons");
    this.categories = Objects.requireNonNull(categories, "categories");
    this.newRules = new ReminderRuleFactory(identities);
    this.rescheduling = Objects.requireNonNull(rescheduling, "rescheduling");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public Page<DateItemDetails> list(
      Caller caller, UUID personId, UUID categoryId, boolean upcomingOnly, PageRequest page) {
    Person person = person(caller, personId);
    LocalDate onOrAfter = upcomingOnly ? Today.in(person.timezone(), clock) : null;
    Page<DateItem> found = items.list(caller.orgId(), personId, categoryId, onOrAfter, page);
    Map<UUID, List<ReminderRule>> reminders =
        remindersOf(caller.orgId(), found.items().stream().map(DateItem::dateItemId).toList());
    return found.map(
        item -> new DateItemDetails(item, reminders.getOrDefault(item.dateItemId(), List.of())));
  }

  public DateItemDetails get(Caller caller, UUID dateItemId) {
    DateItem item = item(caller, dateItemId);
    return new DateItemDetails(item, reminders.ofDateItems(caller.orgId(), List.of(dateItemId)));
  }

  /** The reminder rules of a date item, paged. */
  public Page<ReminderRule> reminders(
      Caller caller, UUID dateItemId, ReminderStatus status, PageRequest page) {
    item(caller, dateItemId);
    return reminders.list(caller.orgId(), null, dateItemId, status, page);
  }

  public DateItemDetails create(Caller caller, NewDateItem input) {
    caller.requireWriter();
    UUID orgId = caller.orgId();
    FieldErrors errors = new FieldErrors().required("person_id", input.personId());
    boolean personKnown =
        input.personId() != null && persons.find(orgId, input.personId()).isPresent();
    if (input.personId() != null && !personKnown) {
      errors.add("person_id", "is not a person of this organization");
    }
    errors.required("title", input.title()).required("date_value", input.dateValue());
    String recurrenceRule = DateItem.recurrenceRuleOf(input.recurrenceRule());
    checkText(
        input.title() == null ? null : input.title().strip(),
        input.notes(),
        recurrenceRule,
        errors);
    checkReferences(orgId, input.personId(), input.categoryId(), input.relatedPersonId(), errors);
    if (input.dateValue() != null) {
      checkRecurrence(input.dateValue(), recurrenceRule, input.leapDayPolicy(), errors);
    }
    UUID dateItemId = UUID.randomUUID();
    List<ReminderRule> newReminders =
        newRules.build(
            orgId,
            personKnown ? input.personId() : null,
            dateItemId,
            input.reminderRules(),
            "reminder_rules",
            errors);
    errors.throwIfAny();
    DateItem item = DateItem.create(dateItemId, orgId, input);
    return audit.created(
        caller,
        EntityType.DATE_ITEM,
        input,
        details -> details.item().dateItemId(),
        () -> {
          items.save(item);
          // every input was accepted, so rule i is the one of input i
          for (int i = 0; i < newReminders.size(); i++) {
            ReminderRule rule = newReminders.get(i);
            audit.created(
                caller,
                EntityType.REMINDER,
                input.reminderRules().get(i),
                ReminderRule::reminderRuleId,
                () -> reminders.save(rule));
          }
          rescheduling.reschedule(orgId, List.of(dateItemId));
          return get(caller, dateItemId);
        });
  }

  public DateItemDetails update(Caller caller, UUID dateItemId, DateItemChanges changes) {
    caller.requireWriter();
    DateItem current = item(caller, dateItemId);
    new FieldErrors()
        .required("title", changes.title().applyTo(current.title()))
        .required("date_value", changes.dateValue().applyTo(current.dateValue()))
        .required("leap_day_policy", changes.leapDayPolicy().applyTo(current.leapDayPolicy()))
        .throwIfAny();
    DateItem changed = current.changedBy(changes);
    FieldErrors errors = new FieldErrors();
    checkText(changed.title(), changed.notes(), changed.recurrenceRule(), errors);
    checkReferences(
        caller.orgId(),
        changed.personId(),
        changed.categoryId(),
        changed.relatedPersonId(),
        errors);
    checkRecurrence(changed.dateValue(), changed.recurrenceRule(), changed.leapDayPolicy(), errors);
    errors.throwIfAny();
    return audit.updated(
        caller,
        EntityType.DATE_ITEM,
        dateItemId,
        changes,
        () -> {
          items.save(changed);
          rescheduling.reschedule(caller.orgId(), List.of(dateItemId));
          return get(caller, dateItemId);
        });
  }

  /**
   * Soft delete of the item and its reminder rules; their delivery history stays. One audit entry,
   * for the item: its rules cannot outlive it, so their going is implied.
   */
  public void delete(Caller caller, UUID dateItemId) {
    caller.requireWriter();
    audit.deleted(
        caller,
        EntityType.DATE_ITEM,
        dateItemId,
        () -> {
          if (!items.delete(caller.orgId(), dateItemId)) {
            throw new NotFoundException("date item", dateItemId);
          }
          reminders.deleteOfDateItem(caller.orgId(), dateItemId);
        });
  }

  /**
   * A person's zone changed: their dates and reminders move with it (in the caller's transaction).
   */
  @Override
  public void timezoneChanged(UUID orgId, UUID personId) {
    rescheduling.reschedule(orgId, items.idsOfPerson(orgId, personId));
  }

  private static void checkText(String title, String notes, String rule, FieldErrors errors) {
    errors
        .length("title", title, 1, 500)
        .length("notes", notes, 0, 20000)
        .length("recurrence_rule", rule, 0, 1000);
  }

  private void checkReferences(
      UUID orgId, UUID personId, UUID categoryId, UUID relatedPersonId, FieldErrors errors) {
    if (categoryId != null && categories.find(orgId, categoryId).isEmpty()) {
      errors.add("category_id", "is not a date category of this organization");
    }
    if (relatedPersonId != null) {
      if (relatedPersonId.equals(personId)) {
        errors.add("related_person_id", "must be another person than person_id");
      } else if (persons.find(orgId, relatedPersonId).isEmpty()) {
        errors.add("related_person_id", "is not a person of this organization");
      }
    }
  }

  /** A rule the engine cannot read is named field by field; an overlong one was named already. */
  private static void checkRecurrence(
      LocalDate dateValue, String rule, LeapDayPolicy leapDays, FieldErrors errors) {
    if (rule == null || rule.length() > 1000) {
      return;
    }
    try {
      RecurringDate.of(dateValue, rule, leapDays == null ? LeapDayPolicy.FEB_28 : leapDays);
    } catch (ValidationException e) {
      for (FieldError error : e.errors()) {
        errors.add(error.field(), error.message());
      }
    }
  }

  private Map<UUID, List<ReminderRule>> remindersOf(UUID orgId, List<UUID> dateItemIds) {
    Map<UUID, List<ReminderRule>> byItem = new LinkedHashMap<>();
    if (dateItemIds.isEmpty()) {
      return byItem;
    }
    for (ReminderRule rule : reminders.ofDateItems(orgId, dateItemIds)) {
      byItem.computeIfAbsent(rule.dateItemId(), id -> new ArrayList<>()).add(rule);
    }
    return byItem;
  }

  private Person person(Caller caller, UUID personId) {
    return persons
        .find(caller.orgId(), personId)
        .orElseThrow(() -> new NotFoundException("person", personId));
  }

  private DateItem item(Caller caller, UUID dateItemId) {
    return items
        .find(caller.orgId(), dateItemId)
        .orElseThrow(() -> new NotFoundException("date item", dateItemId));
  }
}
