package dev.concierge.core.reminders;

import dev.concierge.core.access.Caller;
import dev.concierge.core.audit.AuditAction;
import dev.concierge.core.audit.AuditTrail;
import dev.concierge.core.audit.EntityType;
import dev.concierge.core.dates.DateItem;
import dev.concierge.core.dates.DateItems;
import dev.concierge.core.dates.DatePorts;
import dev.concierge.core.errors.ConflictException;
import dev.concierge.core.errors.FieldErrors;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.model.Metadata;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Use cases of reminder rules: standalone or linked to a date item, their delivery history, and the
 * manual retry. A rule whose cycle was sent cannot be changed (409): retry it instead.
 */
public final class Reminders {
  /** A retry takes no input to name its fields from: these are what it resets, by API name. */
  private static final List<String> RETRIED_FIELDS =
      List.of("scheduled_datetime", "sent_at", "failed_at", "attempt_count", "metadata_jsonb");

  private final DatePorts ports;
  private final DateItems dateItems;
  private final Clock clock;
  private final ReminderRuleFactory rules;
  private final AuditTrail audit;

  public Reminders(DatePorts ports, DateItems dateItems, Clock clock, AuditTrail audit) {
    this.ports = Objects.requireNonNull(ports, "ports");
    this.dateItems = Objects.requireNonNull(dateItems, "dateItems");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.rules = new ReminderRuleFactory(ports);
  }

  public Page<ReminderRule> list(
      Caller caller, UUID personId, UUID dateItemId, ReminderStatus status, PageRequest page) {
    return ports
        .listReminders()
        .listReminderRules(caller.orgId(), personId, dateItemId, status, page);
  }

  public ReminderRule get(Caller caller, UUID reminderRuleId) {
    return ports
        .loadReminder()
        .loadReminderRule(caller.orgId(), reminderRuleId)
        .orElseThrow(() -> new NotFoundException("reminder", reminderRuleId));
  }

  public ReminderRule create(Caller caller, NewReminder input) {
    caller.requireWriter();
    UUID orgId = caller.orgId();
    FieldErrors errors = new FieldErrors();
    UUID personId = input.personId();
    if (input.dateItemId() != null) {
      DateItem item = ports.loadDateItem().loadDateItem(orgId, input.dateItemId()).orElse(null);
      if (item == null) {
        errors.add("date_item_id", "is not a date item of this organization");
      } else if (personId != null && !personId.equals(item.personId())) {
        errors.add("person_id", "differs from the person of the date item");
      } else {
        personId = item.personId();
      }
    } else if (personId == null) {
      errors.add("person_id", "is required for a reminder without a date item");
    } else if (ports.persons().find(orgId, personId).isEmpty()) {
      errors.add("person_id", "is not a person of this organization");
    }
    errors.throwIfAny();
    ReminderRule rule =
        rules.build(
            orgId, personId, input.dateItemId(), input, "", errors, DateItems.CREATED_BY_API);
    errors.throwIfAny();
    return audit.created(
        caller,
        EntityType.REMINDER,
        input,
        ReminderRule::reminderRuleId,
        () -> {
          ports.saveReminder().saveReminderRule(rule);
          if (rule.reminderType() == ReminderType.LEAD_TIME) {
            dateItems.reschedule(orgId, List.of(rule.dateItemId()));
          }
          return get(caller, rule.reminderRuleId());
        });
  }

  public ReminderRule update(Caller caller, UUID reminderRuleId, ReminderChanges changes) {
    caller.requireWriter();
    ReminderRule current = get(caller, reminderRuleId);
    if (current.status() == ReminderStatus.SENT) {
      throw new ConflictException(
          "This reminder was already sent; it cannot be changed (retry it to send it again).");
    }
    Integer leadTimeDays = changes.leadTimeDays().applyTo(current.leadTimeDays());
    Instant scheduledAt = changes.scheduledAt().applyTo(current.scheduledAt());
    FieldErrors errors = new FieldErrors();
    if (current.reminderType() == ReminderType.LEAD_TIME && changes.scheduledAt().isPresent()) {
      errors.add(
          "scheduled_datetime",
          "is computed from the date item for a lead_time reminder: change lead_time_days");
      scheduledAt = current.scheduledAt();
    }
    ReminderRuleFactory.checkTiming(
        current.reminderType(),
        current.dateItemId(),
        leadTimeDays,
        current.reminderType() == ReminderType.LEAD_TIME ? null : scheduledAt,
        "",
        errors,
        false);
    ChannelType channel = changes.channelType().applyTo(current.channelType());
    UUID identityId = current.commIdentityId();
    if (changes.commIdentityId().isPresent() || changes.channelType().isPresent()) {
      // a new channel without a new identity rebinds to the person's identity on that channel
      identityId = changes.commIdentityId().applyTo(null);
      if (!changes.commIdentityId().isPresent() && channel == current.channelType()) {
        identityId = current.commIdentityId();
      }
    }
    ReminderRuleFactory.Binding binding =
        rules.bind(caller.orgId(), current.personId(), channel, identityId, "", errors);
    errors.throwIfAny();
    ReminderRule changed =
        new ReminderRule(
            reminderRuleId,
            caller.orgId(),
            current.personId(),
            current.dateItemId(),
            binding.identityId(),
            binding.channel(),
            current.reminderType(),
            leadTimeDays,
            scheduledAt,
            current.occurrenceDate(),
            current.sentAt(),
            current.failedAt(),
            current.attemptCount(),
            changes.metadata().isPresent()
                ? keepBookkeeping(changes.metadata().applyTo(null), current.metadata())
                : current.metadata(),
            current.zone(),
            current.createdAt(),
            current.updatedAt());
    return audit.updated(
        caller,
        EntityType.REMINDER,
        reminderRuleId,
        changes,
        () -> {
          ports.saveReminder().saveReminderRule(changed);
          if (changed.reminderType() == ReminderType.LEAD_TIME) {
            dateItems.reschedule(caller.orgId(), List.of(changed.dateItemId()));
          }
          return get(caller, reminderRuleId);
        });
  }

  /** Soft delete: gone from the API, its delivery history kept. */
  public void delete(Caller caller, UUID reminderRuleId) {
    caller.requireWriter();
    audit.deleted(
        caller,
        EntityType.REMINDER,
        reminderRuleId,
        () -> {
          if (!ports.deleteReminder().deleteReminderRule(caller.orgId(), reminderRuleId)) {
            throw new NotFoundException("reminder", reminderRuleId);
          }
        });
  }

  public Page<ReminderDelivery> history(Caller caller, UUID reminderRuleId, PageRequest page) {
    get(caller, reminderRuleId);
    return ports.deliveries().listReminderDeliveries(caller.orgId(), reminderRuleId, page);
  }

  /**
   * Re-queues a sent or failed reminder: its outcome and attempts are cleared, a time already past
   * becomes now (a new delivery cycle, so the earlier delivery does not block it), and
   * metadata_jsonb.manually_retried is set.
   */
  public ReminderRule retry(Caller caller, UUID reminderRuleId) {
    caller.requireWriter();
    ReminderRule current = get(caller, reminderRuleId);
    if (current.status() == ReminderStatus.PENDING) {
      throw new ConflictException(
          "Only a sent or failed reminder can be retried; this one is pending.");
    }
    Instant now = clock.instant();
    Instant at =
        current.scheduledAt() == null || current.scheduledAt().isBefore(now)
            ? now
            : current.scheduledAt();
    Map<String, Object> metadata = new LinkedHashMap<>(current.metadata().values());
    metadata.put(ReminderRuleFactory.MANUALLY_RETRIED, true);
    ReminderRule retried =
        new ReminderRule(
            reminderRuleId,
            caller.orgId(),
            current.personId(),
            current.dateItemId(),
            current.commIdentityId(),
            current.channelType(),
            current.reminderType(),
            current.leadTimeDays(),
            at,
            current.occurrenceDate(),
            null,
            null,
            0,
            Metadata.of(metadata),
            current.zone(),
            current.createdAt(),
            current.updatedAt());
    return audit.record(
        caller,
        AuditAction.RETRY,
        EntityType.REMINDER,
        rule -> reminderRuleId,
        RETRIED_FIELDS,
        () -> {
          ports.saveReminder().saveReminderRule(retried);
          return get(caller, reminderRuleId);
        });
  }

  /** Callers replace metadata_jsonb, but not who created the rule nor whether it was retried. */
  private static Metadata keepBookkeeping(Metadata replacement, Metadata current) {
    Map<String, Object> values =
        new LinkedHashMap<>(replacement == null ? Map.of() : replacement.values());
    for (String key :
        List.of(ReminderRuleFactory.CREATED_BY, ReminderRuleFactory.MANUALLY_RETRIED)) {
      if (current.values().containsKey(key)) {
        values.put(key, current.values().get(key));
      }
    }
    return Metadata.of(values);
  }
}
