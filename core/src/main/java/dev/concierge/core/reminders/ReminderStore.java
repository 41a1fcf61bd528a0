package dev.concierge.core.reminders;

import dev.concierge.core.identities.CommIdentity;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where reminder rules and the record of their deliveries are kept. Separate from date items: a
 * scheduled reminder may belong to no date. Implementations are thread-safe.
 */
public interface ReminderStore {
  Optional<ReminderRule> loadReminderRule(UUID orgId, UUID reminderRuleId);

  Page<ReminderRule> listReminderRules(
      UUID orgId, UUID personId, UUID dateItemId, ReminderStatus status, PageRequest page);

  List<ReminderRule> listDateItemReminders(UUID orgId, Collection<UUID> dateItemIds);

  ReminderRule saveReminderRule(ReminderRule rule);

  boolean deleteReminderRule(UUID orgId, UUID reminderRuleId);

  Page<ReminderDelivery> listReminderDeliveries(UUID orgId, UUID reminderRuleId, PageRequest page);

  void mirrorDeliveryStatus(UUID orgId, Collection<UUID> dateItemIds);

  int bindWaitingReminders(CommIdentity identity);
}
