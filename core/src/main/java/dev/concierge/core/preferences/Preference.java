package dev.concierge.core.preferences;

import dev.concierge.core.access.ActorType;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One thing a person likes, avoids or needs, in a sentence ("vegetarian since 2026"), with where it
 * came from: who captured it, from which message, when, and whether staff have confirmed it.
 *
 * @param sourceMessageId the message it was said in; null when it was not said in one
 * @param capturedAt when it was said or noted
 * @param createdByType the kind of actor that recorded it (as the audit log names actors)
 * @param createdById that actor's key or account id; null for operators and the service
 */
public record Preference(
    UUID preferenceId,
    UUID orgId,
    UUID personId,
    PreferenceCategory category,
    String statement,
    PreferenceSource source,
    UUID sourceMessageId,
    Instant capturedAt,
    boolean confirmed,
    ActorType createdByType,
    String createdById,
    String createdByName,
    Instant createdAt,
    Instant updatedAt) {

  public Preference {
    Objects.requireNonNull(preferenceId, "preferenceId");
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(capturedAt, "capturedAt");
    Objects.requireNonNull(createdByType, "createdByType");
  }

  /** This preference with what a change may set, as it is after it. */
  public Preference changed(PreferenceCategory category, String statement, boolean confirmed) {
    return new Preference(
        preferenceId,
        orgId,
        personId,
        category,
        statement,
        source,
        sourceMessageId,
        capturedAt,
        confirmed,
        createdByType,
        createdById,
        createdByName,
        createdAt,
        updatedAt);
  }

  /** This preference as a store keeps it, created and changed at the times given. */
  public Preference stored(Instant createdAt, Instant updatedAt) {
    return new Preference(
        preferenceId,
        orgId,
        personId,
        category,
        statement,
        source,
        sourceMessageId,
        capturedAt,
        confirmed,
        createdByType,
        createdById,
        createdByName,
        createdAt,
        updatedAt);
  }
}
