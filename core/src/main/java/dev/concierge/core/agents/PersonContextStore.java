package dev.concierge.core.agents;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The read model behind an agent's context: a person with their relationships, the organization's
 * date categories, their dates and reminders, active projects and open tasks, preferences, and the
 * latest messages of a conversation, read together so that a run pays one database round trip for
 * it. Works within one organization; deleted persons, dates, reminders and preferences are left out
 * as their stores leave them out. Implementations are thread-safe.
 */
public interface PersonContextStore {

  /**
   * The person's context, each part cut to its limit and counted in full:
   *
   * <ul>
   *   <li>relationships both ways round while both persons live: the person's own first, then those
   *       of others to them, each part by relation, then oldest first, then id;
   *   <li>the organization's date categories by name (ignoring case), then id;
   *   <li>the person's dates whose next occurrence is from {@code datesFrom} to {@code datesTo}
   *       (both included), by next occurrence, title, then id, at most {@link
   *       ContextLimits#dateRows()}; each with its live lead-time reminders' days (most first) and
   *       the times of its live scheduled reminders not yet sent or failed (soonest first), its
   *       category's name, and the person it is about while they live;
   *   <li>projects new or in progress by priority, due date (none last), newest first, then id;
   *       each with its pending and in-progress tasks by position, then as they were added;
   *   <li>preferences, newest captured first, then id;
   *   <li>the conversation of that id when it is the person's (null otherwise, and when {@code
   *       conversationId} is null) with its latest messages, oldest first.
   * </ul>
   *
   * Empty when the person belongs to another organization, was deleted or never existed.
   *
   * @param conversationId the conversation of the run; null for none
   */
  Optional<PersonContext> find(
      UUID orgId,
      UUID personId,
      UUID conversationId,
      LocalDate datesFrom,
      LocalDate datesTo,
      ContextLimits limits);
}
