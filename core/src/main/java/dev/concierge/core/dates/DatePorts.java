package dev.concierge.core.dates;

import dev.concierge.core.persons.PersonStore;
import dev.concierge.core.ports.BindWaitingRemindersPort;
import dev.concierge.core.ports.DateSchedulesPort;
import dev.concierge.core.ports.DeleteDateItemPort;
import dev.concierge.core.ports.DeleteReminderRulePort;
import dev.concierge.core.ports.FindReachableIdentityPort;
import dev.concierge.core.ports.ListDateItemRemindersPort;
import dev.concierge.core.ports.ListDateItemsPort;
import dev.concierge.core.ports.ListPersonDateItemIdsPort;
import dev.concierge.core.ports.ListReminderDeliveriesPort;
import dev.concierge.core.ports.ListReminderRulesPort;
import dev.concierge.core.ports.LoadCommIdentityPort;
import dev.concierge.core.ports.LoadDateCategoryPort;
import dev.concierge.core.ports.LoadDateItemPort;
import dev.concierge.core.ports.LoadReminderRulePort;
import dev.concierge.core.ports.MirrorDeliveryStatusPort;
import dev.concierge.core.ports.SaveDateItemPort;
import dev.concierge.core.ports.SaveReminderRulePort;
import java.util.Objects;

/**
 * The ports the date and reminder use cases work through, handed over once by the composition root
 * (there are many, and both use cases share them).
 */
public record DatePorts(
    LoadDateItemPort loadDateItem,
    ListDateItemsPort listDateItems,
    SaveDateItemPort saveDateItem,
    DeleteDateItemPort deleteDateItem,
    ListPersonDateItemIdsPort personDateItemIds,
    LoadReminderRulePort loadReminder,
    ListReminderRulesPort listReminders,
    ListDateItemRemindersPort dateItemReminders,
    SaveReminderRulePort saveReminder,
    DeleteReminderRulePort deleteReminder,
    ListReminderDeliveriesPort deliveries,
    MirrorDeliveryStatusPort mirrorDeliveryStatus,
    BindWaitingRemindersPort bindWaitingReminders,
    FindReachableIdentityPort reachableIdentity,
    LoadCommIdentityPort loadCommIdentity,
    PersonStore persons,
    LoadDateCategoryPort loadCategory,
    DateSchedulesPort schedules) {

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
