package dev.concierge.core.projects;

import java.time.LocalDate;
import java.util.UUID;

/** What adding a task takes. A null status is pending; a null position is 0. */
public record NewTask(
    String title,
    String description,
    TaskStatus status,
    Integer position,
    LocalDate dueDate,
    UUID assignedToAccountId) {}
