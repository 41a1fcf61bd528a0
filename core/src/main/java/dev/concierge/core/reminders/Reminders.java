package dev.concierge.core.reminders;

import dev.concierge.core.access.Caller;
import dev.concierge.core.audit.AuditAction;
import dev.concierge.core.audit.AuditTrail;
import dev.concierge.core.audit.EntityType;
import dev.concierge.core.dates.DateItem;
import dev.concierge.core.dates.DateItemStore;
import dev.concierge.core.errors.ConflictException;
import dev.concierge.core.errors.FieldErrors;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.identities.CommIdentityStore;
import dev.concierge.core.model.Metadata;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.persons.PersonStore;
import dev.concierge.core.reminders.planning.RescheduleDates;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Use cases of reminder rules: standalone or linked to a date item, their delivery history, and the
 * manual retry, and the person's answer to a reminder they received (done, or remind me later). A
 * rule whose cycle was sent cannot be changed (409): retry it instead. A change to a lead-time rule
 * places it in time at once, in the same transaction.
 */
public final class Reminders {
  /** A retry takes no input to name its fields from: these are what it resets, by API name. */
  private static final List<String> RETRIED_FIELDS =
      List.of("scheduled_datetime", "sent_at", "failed_at", "attempt_count", "metadata_jsonb");

  /** What an answer to a delivered reminder changes, by API name. */
  private static final List<String> ACKNOWLEDGED_FIELDS = List.of("acknowledged_at");

  /** Who answers through the link of an email reminder, as the audit log and history name them. */
  static final String EMAIL_LINK = "email link";

  /** What pausing and resuming change, by API name. */
  private static final List<String> PAUSED_FIELDS = List.of("paused_at");

  private static final List<String> SNOOZED_FIELDS =
      List.of("acknowledged_at", "scheduled_datetime", "sent_at", "attempt_count");

  private final ReminderStore reminders;
  private final DateItemStore dateItems;
  private final PersonStore persons;
  private final ReminderRuleFactory newRules;
  private final RescheduleDates rescheduling;
  private final AuditTrail audit;
  private final Clock clock;

  public Reminders(
      ReminderStore reminders,
      DateItemStore dateItems,
      PersonStore persons,
      CommIdentityStore identities,
      RescheduleDates rescheduling,
      AuditTrail audit,
      Clock clock) {
    this.reminders = Objects.requireNonNull(reminders, "reminders");
    this.dateItems = Objects.requireNonNull(dateItems, "dateItems");
    this.persons = Objects.requireNonNull(persons, "persons");
    this.newRules = new ReminderRuleFactory(identities);
    this.rescheduling = Objects.requireNonNull(rescheduling, "rescheduling");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public Page<ReminderRule> list(
      Caller caller, UUID personId, UUID dateItemId, ReminderStatus status, PageRequest page) {
    return reminders.list(caller.orgId(), personId, dateItemId, status, page);
  }

  /**
   * The organization's rules in a status, by scheduled time; the total is counted only up to {@link
   * Page#COUNTED_UP_TO} past the page's start ({@link Page#countReachedBound}).
   */
  public Page<ReminderRule> inStatus(Caller caller, ReminderStatus status, PageRequest page) {
    return reminders.inStatus(caller.orgId(), status, page);
  }

  public ReminderRule get(Caller caller, UUID reminderRuleId) {
    return reminders
        .find(caller.orgId(), reminderRuleId)
        .orElseThrow(() -> new NotFoundException("reminder", reminderRuleId));
  }

  public ReminderRule create(Caller caller, NewReminder input) {
    caller.requireWriter();
    UUID orgId = caller.orgId();
    FieldErrors errors = new FieldErrors();
    UUID personId = input.personId();
    if (input.dateItemId() != null) {
      DateItem item = dateItems.find(orgId, input.dateItemId()).orElse(null);
      if (item == null) {
        errors.add("date_item_id", "is not a date item of this organization");
      } else if (personId != null && !personId.equals(item.personId())) {
        errors.add("person_id", "differs from the person of the date item");
      } else {
        personId = item.personId();
      }
    } else if (personId == null) {
      errors.add("person_id", "is required for a reminder without a date item");
    } else if (persons.find(orgId, personId).isEmpty()) {
      errors.add("person_id", "is not a person of this organization");
    }
    errors.throwIfAny();
    ReminderRule rule =
        newRules.build(orgId, personId, input.dateItemId(), input, "", errors).orElse(null);
    errors.throwIfAny();
    return audit.created(
        caller,
        EntityType.REMINDER,
        input,
        ReminderRule::reminderRuleId,
        () -> {
          reminders.save(rule);
          placeInTime(rule);
          return get(caller, rule.reminderRuleId());
        });
  }

  public ReminderRule update(Caller caller, UUID reminderRuleId, ReminderChanges changes) {
    caller.requireWriter();
    ReminderRule current = get(caller, reminderRuleId);
    if (current.sentAt() != null) {
      throw new ConflictException(
          "This reminder was already sent; it cannot be changed (retry it to send it again).");
    }
    boolean leadTime = current.reminderType() == ReminderType.LEAD_TIME;
    Integer leadTimeDays = changes.leadTimeDays().applyTo(current.leadTimeDays());
    Instant scheduledAt = changes.scheduledAt().applyTo(current.scheduledAt());
    FieldErrors errors = new FieldErrors();
    if (leadTime && changes.scheduledAt().isPresent()) {
      errors.add(
          "scheduled_datetime",
          "is computed from the date item for a lead_time reminder: change lead_time_days");
      scheduledAt = current.scheduledAt();
    }
    ReminderRuleFactory.checkTiming(
        current.reminderType(),
        current.dateItemId(),
        leadTimeDays,
        leadTime ? null : scheduledAt,
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
        newRules.bind(caller.orgId(), current.personId(), channel, identityId, "", errors);
    errors.throwIfAny();
    ReminderRule changed =
        current.changed(
            binding.identityId(),
            binding.channel(),
            leadTimeDays,
            scheduledAt,
            changes.metadata().isPresent()
                ? keepBookkeeping(changes.metadata().applyTo(null), current.metadata())
                : current.metadata());
    return audit.updated(
        caller,
        EntityType.REMINDER,
        reminderRuleId,
        changes,
        () -> {
          reminders.save(changed);
          placeInTime(changed);
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
          if (!reminders.delete(caller.orgId(), reminderRuleId)) {
            throw new NotFoundException("reminder", reminderRuleId);
          }
        });
  }

  /**
   * Pauses a reminder: no dispatcher claims it until it is resumed (a delivery already under way
   * finishes and is recorded). Its cycles still follow its date while paused. Pausing a paused
   * reminder changes nothing and records nothing.
   */
  public ReminderRule pause(Caller caller, UUID reminderRuleId) {
    caller.requireWriter();
    ReminderRule current = get(caller, reminderRuleId);
    if (current.pausedAt() != null) {
      return current;
    }
    return saveAs(caller, AuditAction.PAUSE, PAUSED_FIELDS, current.pausedAt(clock.instant()));
  }

  /**
   * Resumes a paused reminder at its scheduled time. A time that passed while it was paused makes
   * it due at once: its cycle is sent once, late, and never twice (one delivery per cycle). A
   * lead-time cycle whose date itself passed meanwhile was moved on to the next occurrence, as for
   * any date, so nothing stale is sent. Resuming a reminder that is not paused changes nothing.
   */
  public ReminderRule resume(Caller caller, UUID reminderRuleId) {
    caller.requireWriter();
    ReminderRule current = get(caller, reminderRuleId);
    if (current.pausedAt() == null) {
      return current;
    }
    return saveAs(caller, AuditAction.RESUME, PAUSED_FIELDS, current.resumed());
  }

  /** Saves a rule changed by intent, audited as {@code action} of {@code fields}. */
  private ReminderRule saveAs(
      Caller caller, AuditAction action, List<String> fields, ReminderRule changed) {
    UUID id = changed.reminderRuleId();
    return audit.record(
        caller,
        action,
        EntityType.REMINDER,
        rule -> id,
        fields,
        () -> {
          reminders.save(changed);
          return get(caller, id);
        });
  }

  public Page<ReminderDelivery> history(Caller caller, UUID reminderRuleId, PageRequest page) {
    get(caller, reminderRuleId);
    return reminders.history(caller.orgId(), reminderRuleId, page);
  }

  /**
   * Re-queues a sent or failed reminder: its outcome and attempts are cleared, a time already past
   * becomes now (a new delivery cycle, so the earlier delivery does not block it), and
   * metadata_jsonb.manually_retried is set.
   */
  public ReminderRule retry(Caller caller, UUID reminderRuleId) {
    caller.requireWriter();
    ReminderRule current = get(caller, reminderRuleId);
    if (current.status() == ReminderStatus.PAUSED) {
      throw new ConflictException("This reminder is paused: resume it before retrying it.");
    }
    if (current.status() == ReminderStatus.PENDING) {
      throw new ConflictException(
          "Only a sent or failed reminder can be retried; this one is pending.");
    }
    return saveAs(caller, AuditAction.RETRY, RETRIED_FIELDS, current.retriedAt(clock.instant()));
  }

  /**
   * Records the person's answer to a reminder they received ({@code deliveredAs}: the provider's id
   * of the delivered message): done ends the cycle as it is, a snooze makes the reminder due again
   * a day or a week later at the same local time, as a new cycle. The answer is kept on the
   * delivery and in the audit log. Only the delivery of the reminder's current, sent cycle can be
   * answered, once: another answer, an answer to an earlier cycle, or one for another
   * organization's reminder changes nothing, and the outcome says why.
   *
   * @param answeredBy who answered, as the channel names them (a Slack user id)
   */
  public ReminderAnswerOutcome answer(
      Caller caller,
      UUID reminderRuleId,
      String deliveredAs,
      ReminderAnswer answer,
      String answeredBy) {
    return answer(
        caller,
        reminderRuleId,
        () -> reminders.findDelivered(caller.orgId(), reminderRuleId, deliveredAs),
        answer,
        answeredBy);
  }

  /**
   * The person opened the link of an email reminder's cycle ({@code cycle}: its scheduled time):
   * the first opening is recorded on the delivery ({@code viewed_at}), later ones change nothing.
   * Empty when the organization has no such reminder or the cycle was not delivered.
   */
  public Optional<ReminderDelivery> openedByLink(UUID orgId, UUID reminderRuleId, Instant cycle) {
    if (reminders.find(orgId, reminderRuleId).isEmpty()) {
      return Optional.empty();
    }
    return reminders
        .findDeliveredCycle(orgId, reminderRuleId, cycle)
        .map(
            delivery -> {
              if (delivery.viewedAt() == null) {
                reminders.markViewed(orgId, delivery.deliveryId(), clock.instant());
              }
              return reminders.findDeliveredCycle(orgId, reminderRuleId, cycle).orElseThrow();
            });
  }

  /**
   * The person said, on the page of an email reminder's link, that they are done with it: as the
   * Done button under a Slack reminder, recorded once (a second press changes nothing) and audited,
   * by "email link".
   */
  public ReminderAnswerOutcome doneByLink(UUID orgId, UUID reminderRuleId, Instant cycle) {
    return answer(
        Caller.system(orgId, EMAIL_LINK),
        reminderRuleId,
        () -> reminders.findDeliveredCycle(orgId, reminderRuleId, cycle),
        ReminderAnswer.DONE,
        EMAIL_LINK);
  }

  private ReminderAnswerOutcome answer(
      Caller caller,
      UUID reminderRuleId,
      Supplier<Optional<ReminderDelivery>> delivered,
      ReminderAnswer answer,
      String answeredBy) {
    caller.requireWriter();
    ReminderRule rule = reminders.find(caller.orgId(), reminderRuleId).orElse(null);
    if (rule == null) {
      return ReminderAnswerOutcome.notFound();
    }
    ReminderDelivery delivery = delivered.get().orElse(null);
    if (delivery == null) {
      return new ReminderAnswerOutcome(
          ReminderAnswerOutcome.Result.NO_LONGER_CURRENT, rule, null, null);
    }
    if (delivery.acknowledgedAt() != null) {
      return new ReminderAnswerOutcome(
          ReminderAnswerOutcome.Result.ALREADY_ANSWERED, rule, delivery, null);
    }
    if (rule.sentAt() == null || !delivery.scheduledAt().equals(rule.scheduledAt())) {
      return new ReminderAnswerOutcome(
          ReminderAnswerOutcome.Result.NO_LONGER_CURRENT, rule, delivery, null);
    }
    Instant now = clock.instant();
    Instant again =
        answer
            .snooze()
            .map(period -> now.atZone(zoneOf(rule)).plus(period).toInstant())
            .orElse(null);
    try {
      audit.record(
          caller,
          again == null ? AuditAction.ACKNOWLEDGE : AuditAction.SNOOZE,
          EntityType.REMINDER,
          result -> reminderRuleId,
          again == null ? ACKNOWLEDGED_FIELDS : SNOOZED_FIELDS,
          () -> {
            if (!reminders.acknowledge(
                caller.orgId(), delivery.deliveryId(), answer, answeredBy, now)) {
              // another answer won the race: undo nothing, record nothing
              throw new ConflictException("This reminder was answered already.");
            }
            if (again != null) {
              reminders.save(rule.snoozedUntil(again));
            }
            return null;
          });
    } catch (ConflictException e) {
      ReminderDelivery first = delivered.get().orElse(delivery);
      return new ReminderAnswerOutcome(
          ReminderAnswerOutcome.Result.ALREADY_ANSWERED, get(caller, reminderRuleId), first, null);
    }
    return new ReminderAnswerOutcome(
        again == null ? ReminderAnswerOutcome.Result.DONE : ReminderAnswerOutcome.Result.SNOOZED,
        get(caller, reminderRuleId),
        delivered.get().orElseThrow(),
        again);
  }

  private static ZoneId zoneOf(ReminderRule rule) {
    return rule.zone() == null ? ZoneOffset.UTC : rule.zone();
  }

  /** A lead-time rule's time comes from its date item's next occurrence. */
  private void placeInTime(ReminderRule rule) {
    if (rule.reminderType() == ReminderType.LEAD_TIME) {
      rescheduling.reschedule(rule.orgId(), List.of(rule.dateItemId()));
    }
  }

  /** Callers replace metadata_jsonb, but not who created the rule nor whether it was retried. */
  private static Metadata keepBookkeeping(Metadata replacement, Metadata current) {
    Metadata kept = replacement == null ? Metadata.EMPTY : replacement;
    for (String key : List.of(ReminderRule.CREATED_BY, ReminderRule.MANUALLY_RETRIED)) {
      if (current.values().containsKey(key)) {
        kept = kept.with(key, current.values().get(key));
      }
    }
    return kept;
  }
}
