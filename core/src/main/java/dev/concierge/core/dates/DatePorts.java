package dev.concierge.core.dates;

import dev.concierge.core.categories.DateCategoryStore;
import dev.concierge.core.identities.CommIdentityStore;
import dev.concierge.core.persons.PersonStore;
import dev.concierge.core.reminders.ReminderStore;
import dev.concierge.core.reminders.planning.ScheduleStore;
import java.util.Objects;

/**
 * The ports the date and reminder use cases work through, handed over once by the composition root
 * (there are many, and both use cases share them).
 */
public record DatePorts(
    DateItemStore loadDateItem,
    DateItemStore listDateItems,
    DateItemStore saveDateItem,
    DateItemStore deleteDateItem,
    DateItemStore personDateItemIds,
    ReminderStore loadReminder,
    ReminderStore listReminders,
    ReminderStore dateItemReminders,
    ReminderStore saveReminder,
    ReminderStore deleteReminder,
    ReminderStore deliveries,
    ReminderStore mirrorDeliveryStatus,
    ReminderStore bindWaitingReminders,
    CommIdentityStore reachableIdentity,
    CommIdentityStore loadCommIdentity,
    PersonStore persons,
    DateCategoryStore loadCategory,
    ScheduleStore schedules) {

  public DatePorts {
    Objects.requireNonNull(loadDateItem, "loadDateItem");
    Objects.requireNonNull(listDateItems, "listDateItems");
    Objects.requireNonNull(saveDateItem, "saveDateItem");
    Objects.requireNonNull(deleteDateItem, "deleteDateItem");
    Objects.requireNonNull(personDateItemIds, "personDateItemIds");
    Objects.requireNonNull(loadReminder, "loadReminder");
    Objects.requireNonNull(listReminders, "listReminders");
    Objects.requireNonNull(dateItemReminders, "dateItemReminders");
    Objects.requireNonNull(saveReminder, "saveReminder");
    Objects.requireNonNull(deleteReminder, "deleteReminder");
    Objects.requireNonNull(deliveries, "deliveries");
    Objects.requireNonNull(mirrorDeliveryStatus, "mirrorDeliveryStatus");
    Objects.requireNonNull(bindWaitingReminders, "bindWaitingReminders");
    Objects.requireNonNull(reachableIdentity, "reachableIdentity");
    Objects.requireNonNull(loadCommIdentity, "loadCommIdentity");
    Objects.requireNonNull(persons, "persons");
    Objects.requireNonNull(loadCategory, "loadCategory");
    Objects.requireNonNull(schedules, "schedules");
  }
}
