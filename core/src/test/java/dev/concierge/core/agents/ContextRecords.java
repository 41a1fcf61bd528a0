package dev.concierge.core.agents;

import dev.concierge.core.access.ActorType;
import dev.concierge.core.conversations.Conversation;
import dev.concierge.core.conversations.ConversationStatus;
import dev.concierge.core.conversations.Message;
import dev.concierge.core.conversations.MessageDirection;
import dev.concierge.core.conversations.SenderType;
import dev.concierge.core.dates.DateItem;
import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.persons.Person;
import dev.concierge.core.persons.PersonType;
import dev.concierge.core.preferences.Preference;
import dev.concierge.core.preferences.PreferenceCategory;
import dev.concierge.core.preferences.PreferenceSource;
import dev.concierge.core.projects.Project;
import dev.concierge.core.projects.ProjectStatus;
import dev.concierge.core.projects.Task;
import dev.concierge.core.projects.TaskStatus;
import dev.concierge.core.reminders.ReminderRule;
import dev.concierge.core.reminders.ReminderType;
import dev.concierge.core.time.LeapDayPolicy;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * The records a person's context is read from, new and with the ids a test chooses (null for a new
 * random one), to be saved through the stores.
 */
final class ContextRecords {
  private ContextRecords() {}

  static UUID idOr(UUID id) {
    return id == null ? UUID.randomUUID() : id;
  }

  static Person person(
      UUID id,
      UUID org,
      String fullName,
      String preferredName,
      PersonType type,
      LocalDate birthday,
      ZoneId zone) {
    return new Person(
        idOr(id), org, fullName, preferredName, type, birthday, zone, null, null, null);
  }

  /** A date of the person on {@code value}, repeating by {@code rule} (null: once). */
  static DateItem date(UUID id, UUID org, UUID person, String title, LocalDate value, String rule) {
    return about(id, org, person, title, value, rule, null, null, null);
  }

  /** The same, in a category and about a related person, with notes. */
  static DateItem about(
      UUID id,
      UUID org,
      UUID person,
      String title,
      LocalDate value,
      String rule,
      UUID categoryId,
      UUID relatedPersonId,
      String notes) {
    return new DateItem(
        idOr(id),
        org,
        person,
        categoryId,
        relatedPersonId,
        title,
        value,
        rule,
        LeapDayPolicy.FEB_28,
        null,
        notes,
        null,
        null,
        null);
  }

  /** A lead-time reminder ({@code at} null) or a scheduled one ({@code leadDays} null). */
  static ReminderRule rule(
      UUID org, UUID person, UUID dateItemId, ReminderType type, Integer leadDays, Instant at) {
    return new ReminderRule(
        UUID.randomUUID(),
        org,
        person,
        dateItemId,
        null,
        null,
        type,
        leadDays,
        at,
        null,
        null,
        null,
        null,
        0,
        null,
        null,
        null,
        null);
  }

  static Project project(
      UUID id,
      UUID org,
      UUID person,
      String title,
      ProjectStatus status,
      int priority,
      LocalDate due) {
    return new Project(
        idOr(id), org, person, title, null, status, priority, due, null, null, null, null, null);
  }

  static Task task(
      UUID id,
      UUID org,
      UUID projectId,
      String title,
      TaskStatus status,
      int position,
      LocalDate due) {
    return new Task(
        idOr(id), org, projectId, title, null, status, position, due, null, null, null, null);
  }

  /** A food preference staff recorded, confirmed. */
  static Preference preference(
      UUID id, UUID org, UUID person, String statement, Instant capturedAt) {
    return new Preference(
        idOr(id),
        org,
        person,
        PreferenceCategory.FOOD,
        statement,
        PreferenceSource.STAFF,
        null,
        capturedAt,
        true,
        ActorType.API_KEY,
        "key",
        "desk",
        null,
        null);
  }

  static Conversation conversation(UUID id, UUID org, UUID person) {
    return new Conversation(
        idOr(id),
        org,
        person,
        ChannelType.WEB,
        null,
        ConversationStatus.ACTIVE,
        null,
        null,
        null,
        null,
        null);
  }

  /** A message the person wrote in. */
  static Message fromClient(UUID id, UUID org, UUID conversationId, UUID person, String content) {
    return new Message(
        idOr(id),
        org,
        conversationId,
        MessageDirection.INBOUND,
        SenderType.CLIENT,
        person,
        null,
        content,
        null,
        null,
        null,
        null);
  }
}
