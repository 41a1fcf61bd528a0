package dev.concierge.core.reminders;

import dev.concierge.core.identities.CommIdentity;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where reminder rules and the history of their deliveries are kept. Separate from date items: a
 * scheduled reminder may belong to no date. Each method works within one organization; deleted
 * rules are invisible to all of them, while their deliveries stay. A rule is read with its person's
 * zone, and stored with its {@code metadata_jsonb.delivery_status} mirroring its state.
 * Implementations are thread-safe.
 */
public interface ReminderStore {
  Optional<ReminderRule> find(UUID orgId, UUID reminderRuleId);

  /**
   * One page of rules by scheduled time (those without one last), then id; only a person's, a date
   * item's, or those in one status when those are given.
   */
  Page<ReminderRule> list(
      UUID orgId, UUID personId, UUID dateItemId, ReminderStatus status, PageRequest page);

  /**
   * One page of the organization's rules in a status, as {@link #list} orders them, with the total
   * counted only up to {@link Page#COUNTED_UP_TO} past the page's start: the portal's queue and
   * home page on an organization of a million pending rules.
   */
  default Page<ReminderRule> inStatus(UUID orgId, ReminderStatus status, PageRequest page) {
    return list(orgId, null, null, status, page).countedUpTo(page);
  }

  /** Every rule of the given date items, by date item, then as {@link #list} orders them. */
  List<ReminderRule> ofDateItems(UUID orgId, Collection<UUID> dateItemIds);

  /**
   * Adds the rule or replaces the one with its id (its person, date item and type stay), and
   * returns it as stored. A rule whose attempts are back to none is no longer waiting for a retry.
   *
   * @throws dev.concierge.core.errors.NotFoundException when the id is another organization's rule
   *     or a deleted one
   */
  ReminderRule save(ReminderRule rule);

  /** Marks the rule deleted; false when there was no such (live) rule. */
  boolean delete(UUID orgId, UUID reminderRuleId);

  /** Marks every rule of a date item deleted. */
  void deleteOfDateItem(UUID orgId, UUID dateItemId);

  /** One page of a rule's delivery attempts, newest first. */
  Page<ReminderDelivery> history(UUID orgId, UUID reminderRuleId, PageRequest page);

  /**
   * The delivered attempt of the rule that the provider knows as {@code providerMessageId} (for
   * Slack {@code channel:ts}); empty when there is none, or the rule is another organization's.
   */
  Optional<ReminderDelivery> findDelivered(
      UUID orgId, UUID reminderRuleId, String providerMessageId);

  /**
   * The delivered attempt of the rule's cycle that was scheduled at {@code cycle}; empty when that
   * cycle was not delivered, or the rule is another organization's.
   */
  Optional<ReminderDelivery> findDeliveredCycle(UUID orgId, UUID reminderRuleId, Instant cycle);

  /** Records when the person first opened the delivered message; later openings change nothing. */
  void markViewed(UUID orgId, UUID deliveryId, Instant at);

  /**
   * Records the person's answer on an unanswered delivery; false when it was answered already (the
   * first answer holds, however many arrive at once) or is not the organization's.
   */
  boolean acknowledge(
      UUID orgId, UUID deliveryId, ReminderAnswer answer, String answeredBy, Instant at);

  /**
   * Brings each {@code metadata_jsonb.delivery_status} of the given date items' rules in line with
   * the rule's state, after the schedule changed them.
   */
  void mirrorDeliveryStatus(UUID orgId, Collection<UUID> dateItemIds);

  /**
   * Binds the person's pending rules that wait for an identity on the new identity's channel (or on
   * none) to it; returns how many.
   */
  int bindWaiting(CommIdentity identity);
}
