package dev.concierge.core.reminders;

import dev.concierge.core.dates.DatePorts;
import dev.concierge.core.errors.FieldErrors;
import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.identities.CommIdentity;
import dev.concierge.core.model.Metadata;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Builds and checks reminder rules, and binds them to the identity they are delivered to: the one
 * named, else the person's identity on the channel asked for (primary first), else — when the
 * person has none there yet — none: the rule keeps its channel and waits, visibly, until such an
 * identity is added.
 */
public final class ReminderRuleFactory {
  public static final String CREATED_BY = "created_by";
  static final String MANUALLY_RETRIED = "manually_retried";

  private final DatePorts ports;

  public ReminderRuleFactory(DatePorts ports) {
    this.ports = ports;
  }

  /**
   * A new rule for {@code personId}, linked to {@code dateItemId} (may be null); errors are added
   * under {@code prefix} + field name. Returns null when the input was rejected.
   */
  public ReminderRule build(
      UUID orgId,
      UUID personId,
      UUID dateItemId,
      NewReminder input,
      String prefix,
      FieldErrors errors,
      String createdBy) {
    int before = errorCount(errors);
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
        bind(orgId, personId, input.channelType(), input.commIdentityId(), prefix, errors);
    if (errorCount(errors) > before || input.reminderType() == null) {
      return null;
    }
    Map<String, Object> metadata =
        new LinkedHashMap<>(input.metadata() == null ? Map.of() : input.metadata().values());
    metadata.putIfAbsent(CREATED_BY, createdBy);
    metadata.put(MANUALLY_RETRIED, false);
    return new ReminderRule(
        UUID.randomUUID(),
        orgId,
        personId,
        dateItemId,
        binding.identityId(),
        binding.channel(),
        input.reminderType(),
        input.reminderType() == ReminderType.LEAD_TIME ? input.leadTimeDays() : null,
        input.reminderType() == ReminderType.SCHEDULED ? input.scheduledAt() : null,
        null,
        null,
        null,
        0,
        Metadata.of(metadata),
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

  record Binding(UUID identityId, ChannelType channel) {}

  Binding bind(
      UUID orgId,
      UUID personId,
      ChannelType channel,
      UUID identityId,
      String prefix,
      FieldErrors errors) {
    if (identityId != null) {
      Optional<CommIdentity> identity = ports.loadCommIdentity().find(orgId, personId, identityId);
      if (identity.isEmpty()) {
        errors.add(prefix + "comm_identity_id", "is not a comm identity of the reminded person");
        return new Binding(null, channel);
      }
      if (channel != null && channel != identity.get().channelType()) {
        errors.add(prefix + "channel_type", "differs from the channel of comm_identity_id");
      }
      return new Binding(identityId, identity.get().channelType());
    }
    return ports
        .reachableIdentity()
        .findReachable(orgId, personId, channel)
        .map(found -> new Binding(found.commIdentityId(), found.channelType()))
        .orElse(new Binding(null, channel));
  }

  private static int errorCount(FieldErrors errors) {
    return errors.size();
  }
}
