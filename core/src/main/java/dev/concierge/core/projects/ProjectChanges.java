package dev.concierge.core.projects;

import dev.concierge.core.model.FieldChange;
import dev.concierge.core.model.Metadata;
import dev.concierge.core.model.WireName;
import java.time.LocalDate;
import java.util.UUID;

/** A partial update of a project. */
public record ProjectChanges(
    FieldChange<UUID> personId,
    FieldChange<String> title,
    FieldChange<String> description,
    FieldChange<ProjectStatus> status,
    FieldChange<Integer> priority,
    FieldChange<LocalDate> dueDate,
    FieldChange<UUID> assignedToAccountId,
    @WireName("metadata_jsonb") FieldChange<Metadata> metadata) {}
