package dev.concierge.core.projects;

import dev.concierge.core.model.Metadata;
import dev.concierge.core.model.WireName;
import java.time.LocalDate;
import java.util.UUID;

/** What starting a project takes. A null status is new; a null priority is 3. */
public record NewProject(
    UUID personId,
    String title,
    String description,
    ProjectStatus status,
    Integer priority,
    LocalDate dueDate,
    UUID assignedToAccountId,
    @WireName("metadata_jsonb") Metadata metadata) {}
