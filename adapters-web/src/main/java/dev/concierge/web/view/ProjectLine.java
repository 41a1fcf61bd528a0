package dev.concierge.web.view;

import dev.concierge.core.projects.Project;

/** A project in a list, with whose it is. */
public record ProjectLine(Project project, String personName) {}
