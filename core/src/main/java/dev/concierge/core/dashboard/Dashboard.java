package dev.concierge.core.dashboard;

import dev.concierge.core.persons.Person;

/** The client profile page: the person and their five widgets. */
public record Dashboard(Person person, DashboardWidgets widgets) {}
