package dev.concierge.http;

import dev.concierge.core.reminders.ReminderRule;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * A reminder rule as the API shows it. Its instants are shown in the recipient's own zone, with the
 * offset there ("2026-03-01T09:00:00-05:00"), so they read as the person lives them.
 */
record ReminderRuleJson(
    UUID reminderRuleId,
    UUID orgId,
    UUID personId,
    UUID dateItemId,
    UUID commIdentityId,
    String channelType,
    String reminderType,
    Integer leadTimeDays,
    OffsetDateTime scheduledDatetime,
    LocalDate occurrenceDate,
    String status,
    OffsetDateTime sentAt,
    OffsetDateTime failedAt,
    OffsetDateTime pausedAt,
    int attemptCount,
    Map<String, Object> metadataJsonb,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {

  static ReminderRuleJson of(ReminderRule r) {
    return new ReminderRuleJson(
        r.reminderRuleId(),
        r.orgId(),
        r.personId(),
        r.dateItemId(),
        r.commIdentityId(),
        r.channelType() == null ? null : r.channelType().wireName(),
        r.reminderType().wireName(),
        r.leadTimeDays(),
        Instants.at(r.scheduledAt(), r.zone()),
        r.occurrenceDate(),
        r.status().wireName(),
        Instants.at(r.sentAt(), r.zone()),
        Instants.at(r.failedAt(), r.zone()),
        Instants.at(r.pausedAt(), r.zone()),
        r.attemptCount(),
        r.metadata().values(),
        Instants.at(r.createdAt(), r.zone()),
        Instants.at(r.updatedAt(), r.zone()));
  }
}
