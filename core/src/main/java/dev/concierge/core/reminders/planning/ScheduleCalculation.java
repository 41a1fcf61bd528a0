package dev.concierge.core.reminders.planning;

/** Where one date item and its reminders belong in time; see {@link SchedulePlanner}. */
@FunctionalInterface
public interface ScheduleCalculation {
  ScheduleChange plan(DateItemSchedule item);
}
