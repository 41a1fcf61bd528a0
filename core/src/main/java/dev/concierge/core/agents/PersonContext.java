package dev.concierge.core.agents;

import dev.concierge.core.categories.DateCategory;
import dev.concierge.core.conversations.Message;
import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.paging.Page;
import dev.concierge.core.persons.Person;
import dev.concierge.core.persons.PersonType;
import dev.concierge.core.preferences.Preference;
import dev.concierge.core.projects.ProjectStatus;
import dev.concierge.core.projects.TaskStatus;
import dev.concierge.core.time.LeapDayPolicy;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What an agent is told about a person before it calls a tool, as read in one go by the {@link
 * PersonContextStore}: each part holds its first rows (in the order the store documents) and how
 * many there are in all, so that {@link ContextText} can say what it leaves out.
 *
 * @param reminderSendTime when the organization's lead-time reminders go out, in the person's zone
 * @param categories the organization's date categories
 * @param dates the person's dates whose next occurrence is in the window read (see {@link
 *     PersonContextStore#find}); which of them fall in the person's own window is decided with
 *     their recurrence, in the person's today
 * @param conversation the conversation the run is part of; null when it has none
 */
public record PersonContext(
    Person person,
    LocalTime reminderSendTime,
    Page<Relative> relationships,
    Page<DateCategory> categories,
    Page<ContextDate> dates,
    Page<ActiveProject> projects,
    Page<Preference> preferences,
    RecentConversation conversation) {

  public PersonContext {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(reminderSendTime, "reminderSendTime");
    Objects.requireNonNull(relationships, "relationships");
    Objects.requireNonNull(categories, "categories");
    Objects.requireNonNull(dates, "dates");
    Objects.requireNonNull(projects, "projects");
    Objects.requireNonNull(preferences, "preferences");
  }

  /**
   * A relationship of the person, either way round, with the other person.
   *
   * @param own whether the other person is the person's {@code relation} ("Linda is Sarah's
   *     mother"); otherwise the person is the other's {@code relation} ("Sarah is Tom's assistant")
   */
  public record Relative(
      UUID relationshipId,
      String relation,
      boolean own,
      UUID personId,
      String fullName,
      String preferredName,
      PersonType personType,
      LocalDate birthday) {
    public Relative {
      Objects.requireNonNull(relationshipId, "relationshipId");
      Objects.requireNonNull(relation, "relation");
      Objects.requireNonNull(personId, "personId");
      Objects.requireNonNull(fullName, "fullName");
      Objects.requireNonNull(personType, "personType");
    }
  }

  /**
   * A live date of the person with what its reminders are.
   *
   * @param relatedPersonName the full name of the person the date is about; null when none
   * @param leadDays the days before each occurrence its lead-time reminders go out, most first
   * @param scheduledAt when its scheduled reminders not yet sent go out, soonest first
   */
  public record ContextDate(
      UUID dateItemId,
      String title,
      LocalDate dateValue,
      String recurrenceRule,
      LeapDayPolicy leapDayPolicy,
      LocalDate nextOccurrence,
      String categoryName,
      UUID relatedPersonId,
      String relatedPersonName,
      String notes,
      List<Integer> leadDays,
      List<Instant> scheduledAt) {
    public ContextDate {
      Objects.requireNonNull(dateItemId, "dateItemId");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(dateValue, "dateValue");
      Objects.requireNonNull(leapDayPolicy, "leapDayPolicy");
      Objects.requireNonNull(nextOccurrence, "nextOccurrence");
      leadDays = List.copyOf(leadDays);
      scheduledAt = List.copyOf(scheduledAt);
    }
  }

  /** A project that is new or in progress, with its first open tasks. */
  public record ActiveProject(
      UUID projectId,
      String title,
      ProjectStatus status,
      int priority,
      LocalDate dueDate,
      Page<OpenTask> openTasks) {
    public ActiveProject {
      Objects.requireNonNull(projectId, "projectId");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(openTasks, "openTasks");
    }
  }

  /** A task that is pending or in progress. */
  public record OpenTask(UUID taskId, String title, TaskStatus status, LocalDate dueDate) {
    public OpenTask {
      Objects.requireNonNull(taskId, "taskId");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(status, "status");
    }
  }

  /**
   * The conversation of the run with its latest messages.
   *
   * @param messages the latest ones, oldest first; the total counts every message
   */
  public record RecentConversation(
      UUID conversationId, ChannelType channel, Page<Message> messages) {
    public RecentConversation {
      Objects.requireNonNull(conversationId, "conversationId");
      Objects.requireNonNull(channel, "channel");
      Objects.requireNonNull(messages, "messages");
    }
  }
}
