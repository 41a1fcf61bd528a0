package dev.concierge.core.relationships;

import java.util.UUID;

/** What recording how a person is related to another takes. */
public record NewRelationship(UUID relatedPersonId, String relation) {}
