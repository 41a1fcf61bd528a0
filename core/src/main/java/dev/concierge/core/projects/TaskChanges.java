package dev.concierge.core.projects;

import dev.concierge.core.model.FieldChange;
import java.time.LocalDate;
import java.util.UUID;

/** A partial update of a task. */
public record TaskChanges(
    FieldChange<String> title,
    FieldChange<String> description,
    FieldChange<TaskStatus> status,
    FieldChange<Integer> position,
    FieldChange<LocalDate> dueDate,
    FieldChange<UUID> assignedToAccountId) {}
