package dev.concierge.core.testing;

import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.identities.CommIdentity;
import dev.concierge.core.model.Metadata;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.persons.Person;
import dev.concierge.core.persons.PersonStore;
import dev.concierge.core.reminders.ReminderAnswer;
import dev.concierge.core.reminders.ReminderDelivery;
import dev.concierge.core.reminders.ReminderRule;
import dev.concierge.core.reminders.ReminderStatus;
import dev.concierge.core.reminders.ReminderStore;
import dev.concierge.core.reminders.ReminderType;
import dev.concierge.core.reminders.planning.ReminderChange;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * {@link ReminderStore} in memory, for fast tests of the rules; held to PostgreSQL's by the
 * contract. Rules are read with their person's zone from {@code persons}, as PostgreSQL joins it;
 * the in-memory schedule store moves their cycles.
 */
public final class InMemoryReminderStore implements ReminderStore {
  private static final Comparator<Row> LIST_ORDER =
      Comparator.comparing((Row row) -> row.scheduledAt, Comparator.nullsLast(Instant::compareTo))
          .thenComparing(row -> row.reminderRuleId, UuidOrder.ASCENDING);

  private final Map<UUID, Row> rows = new LinkedHashMap<>();
  private final List<ReminderDelivery> deliveries = new ArrayList<>();
  private final Map<UUID, UUID> orgOfDelivery = new LinkedHashMap<>();
  private final Clock clock;
  private final PersonStore persons;

  public InMemoryReminderStore(Clock clock, PersonStore persons) {
    this.clock = clock;
    this.persons = persons;
  }

  @Override
  public synchronized Optional<ReminderRule> find(UUID orgId, UUID reminderRuleId) {
    return live(orgId)
        .filter(row -> row.reminderRuleId.equals(reminderRuleId))
        .findFirst()
        .map(this::rule);
  }

  @Override
  public synchronized Page<ReminderRule> list(
      UUID orgId, UUID personId, UUID dateItemId, ReminderStatus status, PageRequest page) {
    List<ReminderRule> found =
        live(orgId)
            .filter(row -> personId == null || row.personId.equals(personId))
            .filter(row -> dateItemId == null || dateItemId.equals(row.dateItemId))
            .sorted(LIST_ORDER)
            .map(this::rule)
            .filter(rule -> status == null || rule.status() == status)
            .toList();
    return Pages.of(found, page);
  }

  @Override
  public synchronized List<ReminderRule> ofDateItems(UUID orgId, Collection<UUID> dateItemIds) {
    return live(orgId)
        .filter(row -> row.dateItemId != null && dateItemIds.contains(row.dateItemId))
        .sorted(
            Comparator.comparing((Row row) -> row.dateItemId, UuidOrder.ASCENDING)
                .thenComparing(LIST_ORDER))
        .map(this::rule)
        .toList();
  }

  @Override
  public synchronized ReminderRule save(ReminderRule rule) {
    Row row = rows.get(rule.reminderRuleId());
    if (row != null && (!row.orgId.equals(rule.orgId()) || row.deleted)) {
      throw new NotFoundException("reminder", rule.reminderRuleId());
    }
    Instant now = clock.instant();
    if (row == null) {
      row = new Row(rule, now);
      rows.put(row.reminderRuleId, row);
    } else {
      row.commIdentityId = rule.commIdentityId();
      row.channelType = rule.channelType();
      row.leadTimeDays = rule.leadTimeDays();
      row.scheduledAt = rule.scheduledAt();
      row.sentAt = rule.sentAt();
      row.failedAt = rule.failedAt();
      row.pausedAt = rule.pausedAt();
      row.attemptCount = rule.attemptCount();
    }
    row.metadata = rule.metadata().with(ReminderRule.DELIVERY_STATUS, rule.deliveryStatus());
    row.updatedAt = now;
    return rule(row);
  }

  @Override
  public synchronized boolean delete(UUID orgId, UUID reminderRuleId) {
    Optional<Row> row =
        live(orgId).filter(r -> r.reminderRuleId.equals(reminderRuleId)).findFirst();
    row.ifPresent(r -> r.deleted = true);
    return row.isPresent();
  }

  @Override
  public synchronized void deleteOfDateItem(UUID orgId, UUID dateItemId) {
    live(orgId).filter(row -> dateItemId.equals(row.dateItemId)).forEach(row -> row.deleted = true);
  }

  @Override
  public synchronized Page<ReminderDelivery> history(
      UUID orgId, UUID reminderRuleId, PageRequest page) {
    List<ReminderDelivery> found =
        deliveries.stream()
            .filter(d -> d.reminderRuleId().equals(reminderRuleId))
            .filter(d -> orgId.equals(orgOfDelivery.get(d.deliveryId())))
            .sorted(
                Comparator.comparing(ReminderDelivery::startedAt, Comparator.reverseOrder())
                    .thenComparing(ReminderDelivery::attemptNumber, Comparator.reverseOrder())
                    .thenComparing(ReminderDelivery::deliveryId, UuidOrder.ASCENDING))
            .toList();
    return Pages.of(found, page);
  }

  @Override
  public synchronized void mirrorDeliveryStatus(UUID orgId, Collection<UUID> dateItemIds) {
    live(orgId)
        .filter(row -> row.dateItemId != null && dateItemIds.contains(row.dateItemId))
        .forEach(
            row -> {
              String status = rule(row).deliveryStatus();
              row.metadata = row.metadata.with(ReminderRule.DELIVERY_STATUS, status);
            });
  }

  @Override
  public synchronized int bindWaiting(CommIdentity identity) {
    List<Row> waiting =
        live(identity.orgId())
            .filter(row -> row.personId.equals(identity.personId()))
            .filter(row -> row.commIdentityId == null && row.sentAt == null && row.failedAt == null)
            .filter(row -> row.channelType == null || row.channelType == identity.channelType())
            .toList();
    for (Row row : waiting) {
      row.commIdentityId = identity.commIdentityId();
      row.channelType = identity.channelType();
      row.metadata =
          row.metadata.with(
              ReminderRule.DELIVERY_STATUS, row.pausedAt == null ? "pending" : "paused");
    }
    return waiting.size();
  }

  @Override
  public synchronized Optional<ReminderDelivery> findDelivered(
      UUID orgId, UUID reminderRuleId, String providerMessageId) {
    return deliveries.stream()
        .filter(d -> orgId.equals(orgOfDelivery.get(d.deliveryId())))
        .filter(d -> d.reminderRuleId().equals(reminderRuleId))
        .filter(d -> "delivered".equals(d.status()))
        .filter(d -> providerMessageId.equals(d.providerMessageId()))
        .findFirst();
  }

  @Override
  public synchronized Optional<ReminderDelivery> findDeliveredCycle(
      UUID orgId, UUID reminderRuleId, Instant cycle) {
    return deliveries.stream()
        .filter(d -> orgId.equals(orgOfDelivery.get(d.deliveryId())))
        .filter(d -> d.reminderRuleId().equals(reminderRuleId))
        .filter(d -> "delivered".equals(d.status()))
        .filter(d -> cycle.equals(d.scheduledAt()))
        .findFirst();
  }

  @Override
  public synchronized void markViewed(UUID orgId, UUID deliveryId, Instant at) {
    change(
        orgId,
        deliveryId,
        d -> d.viewedAt() == null,
        d -> answered(d, d.acknowledgedAt(), d.acknowledgement(), d.acknowledgedBy(), at));
  }

  @Override
  public synchronized boolean acknowledge(
      UUID orgId, UUID deliveryId, ReminderAnswer answer, String answeredBy, Instant at) {
    return change(
        orgId,
        deliveryId,
        d -> d.acknowledgedAt() == null,
        d -> answered(d, at, answer.wireName(), answeredBy, d.viewedAt()));
  }

  /** Replaces the organization's delivery when {@code applies}; whether it did. */
  private boolean change(
      UUID orgId,
      UUID deliveryId,
      Predicate<ReminderDelivery> applies,
      UnaryOperator<ReminderDelivery> changed) {
    for (int i = 0; i < deliveries.size(); i++) {
      ReminderDelivery d = deliveries.get(i);
      if (d.deliveryId().equals(deliveryId)
          && orgId.equals(orgOfDelivery.get(deliveryId))
          && applies.test(d)) {
        deliveries.set(i, changed.apply(d));
        return true;
      }
    }
    return false;
  }

  private static ReminderDelivery answered(
      ReminderDelivery d, Instant at, String answer, String answeredBy, Instant viewedAt) {
    return new ReminderDelivery(
        d.deliveryId(),
        d.reminderRuleId(),
        d.scheduledAt(),
        d.attemptNumber(),
        d.channelType(),
        d.commIdentityId(),
        d.recipient(),
        d.provider(),
        d.renderedMessage(),
        d.composedBy(),
        d.status(),
        d.providerMessageId(),
        d.errorCode(),
        d.errorMessage(),
        d.startedAt(),
        d.finishedAt(),
        at,
        answer,
        answeredBy,
        viewedAt);
  }

  /** Adds a delivery attempt to a rule's history, as the dispatcher records one. */
  public synchronized void addDelivery(UUID orgId, ReminderDelivery delivery) {
    deliveries.add(delivery);
    orgOfDelivery.put(delivery.deliveryId(), orgId);
  }

  /** The live lead-time rules of a date item, as the schedule reads them. */
  synchronized List<ReminderRule> leadTimeRules(UUID dateItemId) {
    return live(null)
        .filter(row -> dateItemId.equals(row.dateItemId))
        .filter(row -> row.reminderType == ReminderType.LEAD_TIME)
        .sorted(Comparator.comparing((Row row) -> row.reminderRuleId, UuidOrder.ASCENDING))
        .map(this::rule)
        .toList();
  }

  /** Moves a rule to a new cycle, as the schedule writes it. */
  synchronized void moveCycle(ReminderChange change) {
    Row row = rows.get(change.reminderRuleId());
    row.scheduledAt = change.scheduledAt();
    row.occurrenceDate = change.occurrence();
    if (change.rearm()) {
      row.sentAt = null;
      row.failedAt = null;
      row.attemptCount = 0;
    }
    Metadata metadata = row.metadata;
    if (change.missedOccurrence() != null) {
      List<Object> missed = new ArrayList<>();
      if (metadata.values().get("missed_occurrences") instanceof List<?> earlier) {
        missed.addAll(earlier);
      }
      missed.add(change.missedOccurrence().toString());
      metadata = metadata.with("missed_occurrences", missed);
    }
    // as PostgreSQL's batch writes it; the delivery status is mirrored afterwards
    row.metadata =
        metadata.with(ReminderRule.DELIVERY_STATUS, row.pausedAt == null ? "pending" : "paused");
    row.updatedAt = clock.instant();
  }

  private Stream<Row> live(UUID orgId) {
    return rows.values().stream()
        .filter(row -> !row.deleted)
        .filter(row -> orgId == null || row.orgId.equals(orgId));
  }

  private ReminderRule rule(Row row) {
    ZoneId zone = persons.find(row.orgId, row.personId).map(Person::timezone).orElse(null);
    return new ReminderRule(
        row.reminderRuleId,
        row.orgId,
        row.personId,
        row.dateItemId,
        row.commIdentityId,
        row.channelType,
        row.reminderType,
        row.leadTimeDays,
        row.scheduledAt,
        row.occurrenceDate,
        row.sentAt,
        row.failedAt,
        row.pausedAt,
        row.attemptCount,
        row.metadata,
        zone,
        row.createdAt,
        row.updatedAt);
  }

  /** A reminder_rules row. */
  private static final class Row {
    final UUID reminderRuleId;
    final UUID orgId;
    final UUID personId;
    final UUID dateItemId;
    final ReminderType reminderType;
    final Instant createdAt;
    UUID commIdentityId;
    ChannelType channelType;
    Integer leadTimeDays;
    Instant scheduledAt;
    LocalDate occurrenceDate;
    Instant sentAt;
    Instant failedAt;
    Instant pausedAt;
    int attemptCount;
    Metadata metadata;
    Instant updatedAt;
    boolean deleted;

    Row(ReminderRule rule, Instant now) {
      reminderRuleId = rule.reminderRuleId();
      orgId = rule.orgId();
      personId = rule.personId();
      dateItemId = rule.dateItemId();
      reminderType = rule.reminderType();
      createdAt = now;
      commIdentityId = rule.commIdentityId();
      channelType = rule.channelType();
      leadTimeDays = rule.leadTimeDays();
      scheduledAt = rule.scheduledAt();
      sentAt = rule.sentAt();
      failedAt = rule.failedAt();
      pausedAt = rule.pausedAt();
      attemptCount = rule.attemptCount();
    }
  }
}
