package dev.concierge.web.view;

import dev.concierge.core.projects.Task;

/** One task's line, on the project page or swapped in by htmx after a tick. */
public record TaskItem(Task task) {}
