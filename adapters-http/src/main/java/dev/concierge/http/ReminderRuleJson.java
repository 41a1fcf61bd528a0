package dev.concierge.http;

import dev.concierge.core.model.ReminderRule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;

/**
 * A reminder rule as the API shows it. {@code scheduled_datetime} is shown in the recipient's own
 * zone, with its offset there ("2026-03-01T09:00:00-05:00"), so it reads as the person lives it.
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
    String scheduledDatetime,
    LocalDate occurrenceDate,
    String status,
    Instant sentAt,
    Instant failedAt,
    int attemptCount,
    Map<String, Object> metadataJsonb,
    Instant createdAt,
    Instant updatedAt) {

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
        r.scheduledAt() == null
            ? null
            : r.scheduledAt()
                .atZone(r.zone())
                .toOffsetDateTime()
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
        r.occurrenceDate(),
        r.status().wireName(),
        r.sentAt(),
        r.failedAt(),
        r.attemptCount(),
        r.metadata().values(),
        r.createdAt(),
        r.updatedAt());
  }
}
