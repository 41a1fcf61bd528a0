package dev.concierge.core.dates;

import dev.concierge.core.access.Caller;
import dev.concierge.core.audit.AuditTrail;
import dev.concierge.core.audit.EntityType;
import dev.concierge.core.errors.FieldError;
import dev.concierge.core.errors.FieldErrors;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.persons.Person;
import dev.concierge.core.persons.PersonTimezoneListener;
import dev.concierge.core.reminders.ReminderRule;
import dev.concierge.core.reminders.ReminderRuleFactory;
import dev.concierge.core.reminders.ReminderStatus;
import dev.concierge.core.reminders.planning.SchedulePlanner;
import dev.concierge.core.time.LeapDayPolicy;
import dev.concierge.core.time.RecurringDate;
import dev.concierge.core.time.Today;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
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
  /** {@code created_by} of rules created through the API. */
  public static final String CREATED_BY_API = "api";

  private final DatePorts ports;
  private final Clock clock;
  private final ReminderRuleFactory rules;
  private final AuditTrail audit;

  public DateItems(DatePorts ports, Clock clock, AuditTrail audit) {
    this.ports = Objects.requireNonNull(ports, "ports");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.rules = new ReminderRuleFactory(ports);
  }

  public Page<DateItemDetails> list(
      Caller caller, UUID personId, UUID categoryId, boolean upcomingOnly, PageRequest page) {
    Person person = person(caller, personId);
    LocalDate onOrAfter = upcomingOnly ? Today.in(person.timezone(), clock) : null;
    Page<DateItem> items =
        ports.listDateItems().listDateItems(caller.orgId(), personId, categoryId, onOrAfter, page);
    Map<UUID, List<ReminderRule>> reminders =
        remindersOf(caller.orgId(), items.items().stream().map(DateItem::dateItemId).toList());
    return items.map(
        item -> new DateItemDetails(item, reminders.getOrDefault(item.dateItemId(), List.of())));
  }

  public DateItemDetails get(Caller caller, UUID dateItemId) {
    DateItem item = item(caller, dateItemId);
    return new DateItemDetails(
        item, ports.dateItemReminders().listDateItemReminders(caller.orgId(), List.of(dateItemId)));
  }

  /** The reminder rules of a date item, paged. */
  public Page<ReminderRule> reminders(
      Caller caller, UUID dateItemId, ReminderStatus status, PageRequest page) {
    item(caller, dateItemId);
    return ports.listReminders().listReminderRules(caller.orgId(), null, dateItemId, status, page);
  }

  public DateItemDetails create(Caller caller, NewDateItem input) {
    caller.requireWriter();
    FieldErrors errors = new FieldErrors().required("person_id", input.personId());
    UUID orgId = caller.orgId();
    if (input.personId() != null && ports.persons().find(orgId, input.personId()).isEmpty()) {
      errors.add("person_id", "is not a person of this organization");
    }
    DateItem item =
        new DateItem(
            UUID.randomUUID(),
            orgId,
            input.personId() == null ? UUID.randomUUID() : input.personId(),
            input.categoryId(),
            input.relatedPersonId(),
            input.title() == null ? "?" : input.title().strip(),
            input.dateValue() == null ? LocalDate.EPOCH : input.dateValue(),
            blankToNull(input.recurrenceRule()),
            input.leapDayPolicy(),
            null,
            input.notes(),
            input.metadata(),
            null,
            null);
    errors.required("title", input.title()).required("date_value", input.dateValue());
    validate(orgId, item, input.dateValue() != null, errors);
    List<ReminderRule> newRules = new ArrayList<>();
    for (int i = 0; i < input.reminderRules().size(); i++) {
      ReminderRule rule =
          rules.build(
              orgId,
              item.personId(),
              item.dateItemId(),
              input.reminderRules().get(i),
              "reminder_rules[" + i + "].",
              errors,
              CREATED_BY_API);
      if (rule != null) {
        newRules.add(rule);
      }
    }
    errors.throwIfAny();
    return audit.created(
        caller,
        EntityType.DATE_ITEM,
        input,
        details -> details.item().dateItemId(),
        () -> {
          ports.saveDateItem().saveDateItem(item);
          // no rule was rejected (that threw above), so rule i is the one of input i
          for (int i = 0; i < newRules.size(); i++) {
            ReminderRule rule = newRules.get(i);
            audit.created(
                caller,
                EntityType.REMINDER,
                input.reminderRules().get(i),
                ReminderRule::reminderRuleId,
                () -> ports.saveReminder().saveReminderRule(rule));
          }
          reschedule(orgId, List.of(item.dateItemId()));
          return get(caller, item.dateItemId());
        });
  }

  public DateItemDetails update(Caller caller, UUID dateItemId, DateItemChanges changes) {
    caller.requireWriter();
    DateItem current = item(caller, dateItemId);
    String title = changes.title().applyTo(current.title());
    LocalDate dateValue = changes.dateValue().applyTo(current.dateValue());
    LeapDayPolicy leapDays = changes.leapDayPolicy().applyTo(current.leapDayPolicy());
    FieldErrors errors =
        new FieldErrors()
            .required("title", title)
            .required("date_value", dateValue)
            .required("leap_day_policy", leapDays);
    errors.throwIfAny();
    DateItem changed =
        new DateItem(
            dateItemId,
            caller.orgId(),
            current.personId(),
            changes.categoryId().applyTo(current.categoryId()),
            changes.relatedPersonId().applyTo(current.relatedPersonId()),
            title.strip(),
            dateValue,
            blankToNull(changes.recurrenceRule().applyTo(current.recurrenceRule())),
            leapDays,
            current.nextOccurrence(),
            changes.notes().applyTo(current.notes()),
            changes.metadata().applyTo(current.metadata()),
            current.createdAt(),
            current.updatedAt());
    validate(caller.orgId(), changed, true, errors);
    errors.throwIfAny();
    return audit.updated(
        caller,
        EntityType.DATE_ITEM,
        dateItemId,
        changes,
        () -> {
          ports.saveDateItem().saveDateItem(changed);
          reschedule(caller.orgId(), List.of(dateItemId));
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
          if (!ports.deleteDateItem().deleteDateItem(caller.orgId(), dateItemId)) {
            throw new NotFoundException("date item", dateItemId);
          }
        });
  }

  /**
   * A person's zone changed: their dates and reminders move with it (in the caller's transaction).
   */
  @Override
  public void timezoneChanged(UUID orgId, UUID personId) {
    reschedule(orgId, ports.personDateItemIds().listPersonDateItemIds(orgId, personId));
  }

  /** Places the given items and their lead-time reminders in time, now. */
  public void reschedule(UUID orgId, Collection<UUID> dateItemIds) {
    if (dateItemIds.isEmpty()) {
      return;
    }
    ports.schedules().recompute(orgId, dateItemIds, new SchedulePlanner(clock));
    ports.mirrorDeliveryStatus().mirrorDeliveryStatus(orgId, dateItemIds);
  }

  private void validate(UUID orgId, DateItem item, boolean checkRule, FieldErrors errors) {
    errors
        .length("title", item.title(), 1, 500)
        .length("notes", item.notes(), 0, 20000)
        .length("recurrence_rule", item.recurrenceRule(), 0, 1000);
    if (item.categoryId() != null
        && ports.loadCategory().find(orgId, item.categoryId()).isEmpty()) {
      errors.add("category_id", "is not a date category of this organization");
    }
    if (item.relatedPersonId() != null) {
      if (item.relatedPersonId().equals(item.personId())) {
        errors.add("related_person_id", "must be another person than person_id");
      } else if (ports.persons().find(orgId, item.relatedPersonId()).isEmpty()) {
        errors.add("related_person_id", "is not a person of this organization");
      }
    }
    if (checkRule && item.recurrenceRule() != null && item.recurrenceRule().length() <= 1000) {
      try {
        RecurringDate.of(item.dateValue(), item.recurrenceRule(), item.leapDayPolicy());
      } catch (ValidationException e) {
        for (FieldError error : e.errors()) {
          errors.add(error.field(), error.message());
        }
      }
    }
  }

  private Map<UUID, List<ReminderRule>> remindersOf(UUID orgId, List<UUID> dateItemIds) {
    Map<UUID, List<ReminderRule>> byItem = new LinkedHashMap<>();
    if (dateItemIds.isEmpty()) {
      return byItem;
    }
    for (ReminderRule rule : ports.dateItemReminders().listDateItemReminders(orgId, dateItemIds)) {
      byItem.computeIfAbsent(rule.dateItemId(), id -> new ArrayList<>()).add(rule);
    }
    return byItem;
  }

  private Person person(Caller caller, UUID personId) {
    return ports
        .persons()
        .find(caller.orgId(), personId)
        .orElseThrow(() -> new NotFoundException("person", personId));
  }

  private DateItem item(Caller caller, UUID dateItemId) {
    return ports
        .loadDateItem()
        .loadDateItem(caller.orgId(), dateItemId)
        .orElseThrow(() -> new NotFoundException("date item", dateItemId));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
