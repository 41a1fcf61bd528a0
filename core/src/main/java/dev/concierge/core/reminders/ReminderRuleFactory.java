package dev.concierge.core.reminders;

import dev.concierge.core.errors.FieldErrors;
import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.identities.CommIdentity;
import dev.concierge.core.identities.CommIdentityStore;
import dev.concierge.core.model.Metadata;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Checks new reminder rules, then builds them bound to the identity they are delivered to: the one
 * named, else the person's identity on the channel asked for (primary first), else — when the
 * person has none there yet — none: the rule keeps its channel and waits, visibly, until such an
 * identity is added. Thread-safe.
 */
public final class ReminderRuleFactory {
  /** {@code created_by} of rules created through the use cases. */
  private static final String CREATED_BY_API = "api";

  private final CommIdentityStore identities;

  public ReminderRuleFactory(CommIdentityStore identities) {
    this.identities = Objects.requireNonNull(identities, "identities");
  }

  /**
   * The rules asked for with a new date item of {@code personId}, ready to save, or none when any
   * error was found, before or here. Each input's errors are added under {@code field[i].}.
   *
   * @param personId null when the person is not known (the caller reports that): identities are
   *     then not looked up
   */
  public List<ReminderRule> build(
      UUID orgId,
      UUID personId,
      UUID dateItemId,
      List<NewReminder> inputs,
      String field,
      FieldErrors errors) {
    List<Binding> bindings = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      check(orgId, personId, dateItemId, inputs.get(i), field + "[" + i + "].", errors)
          .ifPresent(bindings::add);
    }
    if (!errors.isEmpty()) {
      return List.of();
    }
    // nothing was rejected, so binding i is the one of input i
    List<ReminderRule> rules = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      rules.add(newRule(orgId, personId, dateItemId, inputs.get(i), bindings.get(i)));
    }
    return rules;
  }

  /**
   * One rule for {@code personId}, linked to {@code dateItemId} (may be null), ready to save; empty
   * when the input was rejected (its errors added under {@code prefix} + field name).
   */
  Optional<ReminderRule> build(
      UUID orgId,
      UUID personId,
      UUID dateItemId,
      NewReminder input,
      String prefix,
      FieldErrors errors) {
    return check(orgId, personId, dateItemId, input, prefix, errors)
        .map(binding -> newRule(orgId, personId, dateItemId, input, binding));
  }

  /** Where the rule goes, when the input is valid. */
  private Optional<Binding> check(
      UUID orgId,
      UUID personId,
      UUID dateItemId,
      NewReminder input,
      String prefix,
      FieldErrors errors) {
    int before = errors.size();
    errors.required(prefix + "reminder_type", input.reminderType());
    checkTiming(
        input.reminderType(),
        dateItemId,
        input.leadTimeDays(),
        input.scheduledAt(),
        prefix,
        errors,
        true);
    Binding binding =
        personId == null
            ? new Binding(input.commIdentityId(), input.channelType())
            : bind(orgId, personId, input.channelType(), input.commIdentityId(), prefix, errors);
    return errors.size() > before ? Optional.empty() : Optional.of(binding);
  }

  private static ReminderRule newRule(
      UUID orgId, UUID personId, UUID dateItemId, NewReminder input, Binding binding) {
    Metadata metadata = input.metadata() == null ? Metadata.EMPTY : input.metadata();
    if (metadata.values().get(ReminderRule.CREATED_BY) == null) {
      metadata = metadata.with(ReminderRule.CREATED_BY, CREATED_BY_API);
    }
    boolean leadTime = input.reminderType() == ReminderType.LEAD_TIME;
    return new ReminderRule(
        UUID.randomUUID(),
        orgId,
        personId,
        dateItemId,
        binding.identityId(),
        binding.channel(),
        input.reminderType(),
        leadTime ? input.leadTimeDays() : null,
        leadTime ? null : input.scheduledAt(),
        null,
        null,
        null,
        null,
        0,
        metadata.with(ReminderRule.MANUALLY_RETRIED, false),
        null,
        null,
        null);
  }

  static void checkTiming(
      ReminderType type,
      UUID dateItemId,
      Integer leadTimeDays,
      Instant scheduledAt,
      String prefix,
      FieldErrors errors,
      boolean creating) {
    if (type == ReminderType.LEAD_TIME) {
      if (dateItemId == null && creating) {
        errors.add(prefix + "date_item_id", "is required for a lead_time reminder");
      }
      errors
          .required(prefix + "lead_time_days", leadTimeDays)
          .range(prefix + "lead_time_days", leadTimeDays, 0, 3660);
      if (scheduledAt != null) {
        errors.add(
            prefix + "scheduled_datetime",
            "is computed from the date item for a lead_time reminder: leave it out");
      }
    } else if (type == ReminderType.SCHEDULED) {
      errors.required(prefix + "scheduled_datetime", scheduledAt);
      if (leadTimeDays != null) {
        errors.add(prefix + "lead_time_days", "is only for lead_time reminders");
      }
    }
  }

  /** The identity a rule is delivered to (none while it waits for one) and its channel. */
  record Binding(UUID identityId, ChannelType channel) {}

  Binding bind(
      UUID orgId,
      UUID personId,
      ChannelType channel,
      UUID identityId,
      String prefix,
      FieldErrors errors) {
    if (identityId != null) {
      Optional<CommIdentity> identity = identities.find(orgId, personId, identityId);
      if (identity.isEmpty()) {
        errors.add(prefix + "comm_identity_id", "is not a comm identity of the reminded person");
        return new Binding(null, channel);
      }
      if (channel != null && channel != identity.get().channelType()) {
        errors.add(prefix + "channel_type", "differs from the channel of comm_identity_id");
      }
      return new Binding(identityId, identity.get().channelType());
    }
    return identities
        .findReachable(orgId, personId, channel)
        .map(found -> new Binding(found.commIdentityId(), found.channelType()))
        .orElse(new Binding(null, channel));
  }
}
