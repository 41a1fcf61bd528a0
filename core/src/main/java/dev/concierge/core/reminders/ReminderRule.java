package dev.concierge.core.reminders;

import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.model.Metadata;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;

/**
 * When and how to remind a person. A lead-time rule belongs to a date item and fires {@code
 * leadTimeDays} before each occurrence (its {@code scheduledAt} is computed by the time engine); a
 * scheduled rule fires at an explicit instant, standalone or linked to a date item.
 *
 * <p>{@code commIdentityId} is where it is delivered; a rule asked for on a channel the person has
 * no identity on yet keeps {@code channelType} and waits for one ({@link #waitingForIdentity()}).
 *
 * @param zone the recipient's time zone, read with the rule, in which its times are shown
 * @param occurrenceDate the occurrence the current lead-time cycle reminds about
 * @param pausedAt when the rule was paused; null while it is not. A paused rule is never claimed
 *     for delivery, and keeps its place in time (its cycles still roll over with its date)
 */
public record ReminderRule(
    UUID reminderRuleId,
    UUID orgId,
    UUID personId,
    UUID dateItemId,
    UUID commIdentityId,
    ChannelType channelType,
    ReminderType reminderType,
    Integer leadTimeDays,
    Instant scheduledAt,
    LocalDate occurrenceDate,
    Instant sentAt,
    Instant failedAt,
    Instant pausedAt,
    int attemptCount,
    Metadata metadata,
    ZoneId zone,
    Instant createdAt,
    Instant updatedAt) {

  public static final String DELIVERY_STATUS = "delivery_status";
  public static final String WAITING_FOR_IDENTITY = "waiting_for_identity";

  /** {@code metadata_jsonb} keys the service keeps, whatever callers write there. */
  static final String CREATED_BY = "created_by";

  static final String MANUALLY_RETRIED = "manually_retried";

  public ReminderRule {
    Objects.requireNonNull(reminderRuleId, "reminderRuleId");
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(reminderType, "reminderType");
    metadata = metadata == null ? Metadata.EMPTY : metadata;
  }

  /** Paused above all: a paused rule sends nothing, whatever its current cycle did. */
  public ReminderStatus status() {
    if (pausedAt != null) {
      return ReminderStatus.PAUSED;
    }
    if (sentAt != null) {
      return ReminderStatus.SENT;
    }
    return failedAt != null ? ReminderStatus.FAILED : ReminderStatus.PENDING;
  }

  public boolean waitingForIdentity() {
    return commIdentityId == null && status() == ReminderStatus.PENDING;
  }

  /** {@code metadata_jsonb.delivery_status}: the status, or waiting_for_identity. */
  public String deliveryStatus() {
    return waitingForIdentity() ? WAITING_FOR_IDENTITY : status().wireName();
  }

  /**
   * This rule as a store keeps it: its metadata mirroring its delivery status, read with its
   * person's zone, created at {@code createdAt}, last changed at {@code updatedAt}.
   */
  public ReminderRule stored(ZoneId zone, Instant createdAt, Instant updatedAt) {
    return new ReminderRule(
        reminderRuleId,
        orgId,
        personId,
        dateItemId,
        commIdentityId,
        channelType,
        reminderType,
        leadTimeDays,
        scheduledAt,
        occurrenceDate,
        sentAt,
        failedAt,
        pausedAt,
        attemptCount,
        metadata.with(DELIVERY_STATUS, deliveryStatus()),
        zone,
        createdAt,
        updatedAt);
  }

  /** This rule delivered to another identity or channel, at another time, with other metadata. */
  ReminderRule changed(
      UUID commIdentityId,
      ChannelType channelType,
      Integer leadTimeDays,
      Instant scheduledAt,
      Metadata metadata) {
    return new ReminderRule(
        reminderRuleId,
        orgId,
        personId,
        dateItemId,
        commIdentityId,
        channelType,
        reminderType,
        leadTimeDays,
        scheduledAt,
        occurrenceDate,
        sentAt,
        failedAt,
        pausedAt,
        attemptCount,
        metadata,
        zone,
        createdAt,
        updatedAt);
  }

  /**
   * This sent or failed rule queued again at {@code now}: its outcome and attempts cleared, a time
   * already past (or none) moved to now, which makes it a new delivery cycle (the earlier delivery
   * does not block it), and marked as manually retried.
   */
  ReminderRule retriedAt(Instant now) {
    return pendingAt(
        scheduledAt == null || scheduledAt.isBefore(now) ? now : scheduledAt,
        metadata.with(MANUALLY_RETRIED, true));
  }

  /**
   * This sent rule due again at {@code at}, as its person asked: a new delivery cycle (the one
   * delivered does not block it) with its outcome and attempts cleared.
   */
  ReminderRule snoozedUntil(Instant at) {
    return pendingAt(at, metadata);
  }

  /** This rule paused at {@code now}; a paused rule stays paused since it was first paused. */
  ReminderRule pausedAt(Instant now) {
    return withPause(pausedAt == null ? now : pausedAt);
  }

  /**
   * This rule no longer paused: due again at its scheduled time, which is at once when that passed
   * while it was paused (its cycle is then sent once, late, never twice).
   */
  ReminderRule resumed() {
    return withPause(null);
  }

  private ReminderRule withPause(Instant pausedAt) {
    return inCycle(scheduledAt, sentAt, failedAt, pausedAt, attemptCount, metadata);
  }

  /** This rule pending again at {@code at}, outcome and attempts cleared, with {@code metadata}. */
  private ReminderRule pendingAt(Instant at, Metadata metadata) {
    return inCycle(at, null, null, pausedAt, 0, metadata);
  }

  /** This rule with another cycle state: its time, outcome, pause, attempts and metadata. */
  private ReminderRule inCycle(
      Instant scheduledAt,
      Instant sentAt,
      Instant failedAt,
      Instant pausedAt,
      int attemptCount,
      Metadata metadata) {
    return new ReminderRule(
        reminderRuleId,
        orgId,
        personId,
        dateItemId,
        commIdentityId,
        channelType,
        reminderType,
        leadTimeDays,
        scheduledAt,
        occurrenceDate,
        sentAt,
        failedAt,
        pausedAt,
        attemptCount,
        metadata,
        zone,
        createdAt,
        updatedAt);
  }
}
