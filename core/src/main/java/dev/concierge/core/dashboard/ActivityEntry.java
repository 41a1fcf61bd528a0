package dev.concierge.core.dashboard;

import java.time.Instant;
import java.util.UUID;

/**
 * One event of a person's timeline.
 *
 * @param type message, project_created, project_completed, task_created, task_completed,
 *     date_item_created, reminder_sent or reminder_failed
 * @param entityId the message, project, task, date item or reminder rule it is about
 */
public record ActivityEntry(String type, Instant occurredAt, String summary, UUID entityId) {}
