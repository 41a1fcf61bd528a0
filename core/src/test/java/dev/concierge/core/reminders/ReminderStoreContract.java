package dev.concierge.core.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.identities.CommIdentity;
import dev.concierge.core.model.Metadata;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.testing.UuidOrder;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ReminderStore} does, PostgreSQL's and the in-memory one alike: the fakes the
 * use-case tests run on cannot drift from the real store while both pass this.
 */
public abstract class ReminderStoreContract {
  private static final Instant T0 = Instant.parse("2026-03-01T14:00:00Z");
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  private ReminderStore store;
  private UUID org;
  private UUID person;
  private UUID dateItem;

  /** A store over empty or shared storage; each test works in organizations of its own. */
  protected abstract ReminderStore store();

  /** An organization the store may keep rules of (a row, where the store needs one). */
  protected abstract UUID newOrganization();

  /** A person of the organization in {@code zone}, whose rules are read in it. */
  protected abstract UUID newPerson(UUID orgId, ZoneId zone);

  /** A date item of the person (a row, where the store needs one). */
  protected abstract UUID newDateItem(UUID orgId, UUID personId);

  /** An identity of the person on {@code channel} (a row, where the store needs one). */
  protected abstract CommIdentity newIdentity(UUID orgId, UUID personId, ChannelType channel);

  /** Records a (transiently failed) delivery attempt of the rule, as the dispatcher does. */
  protected abstract void recordDelivery(
      UUID orgId, UUID reminderRuleId, int attemptNumber, Instant startedAt);

  /**
   * Records the delivered attempt of the rule's cycle at {@code cycle}, which the provider knows as
   * {@code providerMessageId}, as the dispatcher does.
   */
  protected abstract void recordDelivered(
      UUID orgId, UUID reminderRuleId, Instant cycle, String providerMessageId);

  @BeforeEach
  void setUp() {
    store = store();
    org = newOrganization();
    person = newPerson(org, TOKYO);
    dateItem = newDateItem(org, person);
  }

  @Test
  void a_saved_rule_is_found_with_every_field_in_its_persons_zone_with_its_delivery_status() {
    CommIdentity slack = newIdentity(org, person, ChannelType.SLACK);
    ReminderRule saved =
        store.save(
            new ReminderRule(
                UUID.randomUUID(),
                org,
                person,
                dateItem,
                slack.commIdentityId(),
                ChannelType.SLACK,
                ReminderType.SCHEDULED,
                null,
                T0,
                null,
                null,
                null,
                null,
                0,
                Metadata.of(Map.of("action", "Book the table")),
                null,
                null,
                null));

    ReminderRule found = store.find(org, saved.reminderRuleId()).orElseThrow();

    assertThat(found).isEqualTo(saved);
    assertThat(found.personId()).isEqualTo(person);
    assertThat(found.dateItemId()).isEqualTo(dateItem);
    assertThat(found.commIdentityId()).isEqualTo(slack.commIdentityId());
    assertThat(found.channelType()).isEqualTo(ChannelType.SLACK);
    assertThat(found.reminderType()).isEqualTo(ReminderType.SCHEDULED);
    assertThat(found.scheduledAt()).isEqualTo(T0);
    assertThat(found.zone()).isEqualTo(TOKYO);
    assertThat(found.metadata().values())
        .containsEntry("action", "Book the table")
        .containsEntry(ReminderRule.DELIVERY_STATUS, "pending");
    assertThat(found.createdAt()).isNotNull();
    assertThat(found.updatedAt()).isNotNull();
  }

  @Test
  void saving_again_replaces_its_state_and_keeps_its_creation() {
    ReminderRule first = store.save(leadTime(dateItem, 14));

    ReminderRule sent =
        store.save(
            new ReminderRule(
                first.reminderRuleId(),
                org,
                person,
                dateItem,
                null,
                ChannelType.EMAIL,
                ReminderType.LEAD_TIME,
                7,
                T0,
                null,
                T0.plusSeconds(5),
                null,
                null,
                1,
                Metadata.of(Map.of("note", "changed")),
                null,
                null,
                null));

    assertThat(sent.createdAt()).isEqualTo(first.createdAt());
    assertThat(sent.leadTimeDays()).isEqualTo(7);
    assertThat(sent.channelType()).isEqualTo(ChannelType.EMAIL);
    assertThat(sent.sentAt()).isEqualTo(T0.plusSeconds(5));
    assertThat(sent.attemptCount()).isEqualTo(1);
    assertThat(sent.status()).isEqualTo(ReminderStatus.SENT);
    assertThat(sent.metadata().values())
        .containsEntry("note", "changed")
        .containsEntry(ReminderRule.DELIVERY_STATUS, "sent");
    assertThat(store.find(org, first.reminderRuleId())).contains(sent);
  }

  @Test
  void a_rule_waiting_for_an_identity_says_so() {
    ReminderRule waiting = store.save(leadTime(dateItem, 14));

    assertThat(waiting.waitingForIdentity()).isTrue();
    assertThat(waiting.metadata().values())
        .containsEntry(ReminderRule.DELIVERY_STATUS, ReminderRule.WAITING_FOR_IDENTITY);
  }

  @Test
  void another_organizations_rule_is_neither_found_overwritten_nor_deleted() {
    UUID other = newOrganization();
    UUID theirPerson = newPerson(other, TOKYO);
    ReminderRule theirs =
        store.save(scheduled(other, theirPerson, newDateItem(other, theirPerson), T0));

    assertThat(store.find(org, theirs.reminderRuleId())).isEmpty();
    assertThat(store.delete(org, theirs.reminderRuleId())).isFalse();
    assertThat(store.list(org, theirPerson, null, null, new PageRequest(0, 50)).items()).isEmpty();
    assertThatThrownBy(
            () ->
                store.save(
                    new ReminderRule(
                        theirs.reminderRuleId(),
                        org,
                        person,
                        null,
                        null,
                        null,
                        ReminderType.SCHEDULED,
                        null,
                        T0,
                        null,
                        null,
                        null,
                        null,
                        0,
                        null,
                        null,
                        null,
                        null)))
        .isInstanceOf(NotFoundException.class);
    assertThat(store.find(other, theirs.reminderRuleId())).isPresent();
  }

  @Test
  void a_list_is_by_time_unplaced_last_filtered_by_person_date_item_and_status_and_paged() {
    UUID otherItem = newDateItem(org, person);
    UUID otherPerson = newPerson(org, TOKYO);
    ReminderRule later = store.save(scheduled(org, person, dateItem, T0.plusSeconds(60)));
    ReminderRule unplaced = store.save(leadTime(dateItem, 3));
    ReminderRule earlier = store.save(scheduled(org, person, otherItem, T0));
    ReminderRule sent = store.save(sentAt(scheduled(org, person, null, T0.plusSeconds(30))));
    ReminderRule failed = store.save(failedAt(scheduled(org, person, null, T0.plusSeconds(90))));
    ReminderRule elsewhere = store.save(scheduled(org, otherPerson, null, T0));

    Page<ReminderRule> all = store.list(org, null, null, null, new PageRequest(0, 50));
    Page<ReminderRule> page = store.list(org, person, null, null, new PageRequest(1, 2));

    assertThat(all.items())
        .extracting(ReminderRule::reminderRuleId)
        .containsSubsequence(sent.reminderRuleId(), later.reminderRuleId())
        .endsWith(unplaced.reminderRuleId())
        .hasSize(6);
    assertThat(page.total()).isEqualTo(5);
    assertThat(page.items())
        .extracting(ReminderRule::reminderRuleId)
        .containsExactly(sent.reminderRuleId(), later.reminderRuleId());
    assertThat(ids(store.list(org, null, dateItem, null, new PageRequest(0, 50))))
        .containsExactly(later.reminderRuleId(), unplaced.reminderRuleId());
    assertThat(ids(store.list(org, otherPerson, null, null, new PageRequest(0, 50))))
        .containsExactly(elsewhere.reminderRuleId());
    assertThat(ids(store.list(org, person, null, ReminderStatus.SENT, new PageRequest(0, 50))))
        .containsExactly(sent.reminderRuleId());
    assertThat(ids(store.list(org, person, null, ReminderStatus.FAILED, new PageRequest(0, 50))))
        .containsExactly(failed.reminderRuleId());
    assertThat(ids(store.list(org, person, null, ReminderStatus.PENDING, new PageRequest(0, 50))))
        .containsExactly(
            earlier.reminderRuleId(), later.reminderRuleId(), unplaced.reminderRuleId());
  }

  @Test
  void the_rules_of_date_items_come_by_date_item_then_by_time() {
    UUID otherItem = newDateItem(org, person);
    ReminderRule a2 = store.save(scheduled(org, person, dateItem, T0.plusSeconds(60)));
    ReminderRule a1 = store.save(scheduled(org, person, dateItem, T0));
    ReminderRule b1 = store.save(scheduled(org, person, otherItem, T0.minusSeconds(60)));
    store.save(scheduled(org, person, newDateItem(org, person), T0));

    List<ReminderRule> rules = store.ofDateItems(org, List.of(dateItem, otherItem));

    List<UUID> expected =
        UuidOrder.ASCENDING.compare(dateItem, otherItem) < 0
            ? List.of(a1.reminderRuleId(), a2.reminderRuleId(), b1.reminderRuleId())
            : List.of(b1.reminderRuleId(), a1.reminderRuleId(), a2.reminderRuleId());
    assertThat(rules).extracting(ReminderRule::reminderRuleId).containsExactlyElementsOf(expected);
  }

  @Test
  void deleted_rules_are_gone_and_deleting_a_date_items_rules_takes_only_those() {
    ReminderRule alone = store.save(scheduled(org, person, null, T0));
    ReminderRule first = store.save(scheduled(org, person, dateItem, T0));
    ReminderRule second = store.save(leadTime(dateItem, 7));
    UUID otherItem = newDateItem(org, person);
    ReminderRule kept = store.save(leadTime(otherItem, 7));

    assertThat(store.delete(org, alone.reminderRuleId())).isTrue();
    assertThat(store.delete(org, alone.reminderRuleId())).isFalse();
    store.deleteOfDateItem(org, dateItem);

    assertThat(store.find(org, alone.reminderRuleId())).isEmpty();
    assertThat(store.find(org, first.reminderRuleId())).isEmpty();
    assertThat(store.ofDateItems(org, List.of(dateItem, otherItem)))
        .extracting(ReminderRule::reminderRuleId)
        .containsExactly(kept.reminderRuleId());
    assertThatThrownBy(() -> store.save(second)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void the_history_of_a_rule_is_newest_first_and_paged() {
    ReminderRule rule = store.save(scheduled(org, person, dateItem, T0));
    ReminderRule other = store.save(scheduled(org, person, dateItem, T0));
    recordDelivery(org, rule.reminderRuleId(), 1, T0);
    recordDelivery(org, rule.reminderRuleId(), 3, T0.plusSeconds(120));
    recordDelivery(org, rule.reminderRuleId(), 2, T0.plusSeconds(60));
    recordDelivery(org, other.reminderRuleId(), 1, T0);

    Page<ReminderDelivery> page = store.history(org, rule.reminderRuleId(), new PageRequest(1, 2));

    assertThat(page.total()).isEqualTo(3);
    assertThat(page.items()).extracting(ReminderDelivery::attemptNumber).containsExactly(2, 1);
    assertThat(page.items().get(0).startedAt()).isEqualTo(T0.plusSeconds(60));
    assertThat(
            store.history(newOrganization(), rule.reminderRuleId(), new PageRequest(0, 9)).items())
        .isEmpty();
  }

  @Test
  void a_delivered_attempt_is_found_by_its_provider_id_and_answered_once() {
    ReminderRule rule = store.save(scheduled(org, person, dateItem, T0));
    recordDelivery(org, rule.reminderRuleId(), 1, T0);
    recordDelivered(org, rule.reminderRuleId(), T0, "D0DM:1700000000.000100");

    ReminderDelivery delivered =
        store.findDelivered(org, rule.reminderRuleId(), "D0DM:1700000000.000100").orElseThrow();
    boolean first =
        store.acknowledge(
            org, delivered.deliveryId(), ReminderAnswer.SNOOZE_1D, "U0SARAH", T0.plusSeconds(5));
    boolean second =
        store.acknowledge(
            org, delivered.deliveryId(), ReminderAnswer.DONE, "U0OTHER", T0.plusSeconds(6));

    assertThat(delivered.status()).isEqualTo("delivered");
    assertThat(delivered.acknowledgedAt()).isNull();
    assertThat(first).isTrue();
    assertThat(second).isFalse();
    ReminderDelivery answered =
        store.findDelivered(org, rule.reminderRuleId(), "D0DM:1700000000.000100").orElseThrow();
    assertThat(answered.acknowledgedAt()).isEqualTo(T0.plusSeconds(5));
    assertThat(answered.acknowledgement()).isEqualTo("snooze_1d");
    assertThat(answered.acknowledgedBy()).isEqualTo("U0SARAH");
    assertThat(store.history(org, rule.reminderRuleId(), new PageRequest(0, 9)).items())
        .filteredOn(d -> d.acknowledgedAt() != null)
        .extracting(ReminderDelivery::deliveryId)
        .containsExactly(delivered.deliveryId());
  }

  @Test
  void another_organization_neither_finds_nor_answers_a_delivery() {
    ReminderRule rule = store.save(scheduled(org, person, dateItem, T0));
    recordDelivered(org, rule.reminderRuleId(), T0, "D0DM:1.2");
    ReminderDelivery delivered =
        store.findDelivered(org, rule.reminderRuleId(), "D0DM:1.2").orElseThrow();
    UUID other = newOrganization();

    assertThat(store.findDelivered(other, rule.reminderRuleId(), "D0DM:1.2")).isEmpty();
    assertThat(store.findDelivered(org, rule.reminderRuleId(), "D0DM:9.9")).isEmpty();
    assertThat(store.acknowledge(other, delivered.deliveryId(), ReminderAnswer.DONE, "U0X", T0))
        .isFalse();
    assertThat(store.findDelivered(org, rule.reminderRuleId(), "D0DM:1.2").orElseThrow())
        .extracting(ReminderDelivery::acknowledgedAt)
        .isNull();
  }

  @Test
  void a_new_identity_binds_the_persons_pending_rules_waiting_on_its_channel_or_on_none() {
    ReminderRule onEmail = store.save(waiting(ChannelType.EMAIL));
    ReminderRule onAny = store.save(waiting(null));
    ReminderRule onSlack = store.save(waiting(ChannelType.SLACK));
    ReminderRule sent = store.save(sentAt(waiting(ChannelType.EMAIL)));
    UUID otherPerson = newPerson(org, TOKYO);
    ReminderRule someoneElses = store.save(scheduled(org, otherPerson, null, T0));

    CommIdentity email = newIdentity(org, person, ChannelType.EMAIL);
    int bound = store.bindWaiting(email);

    assertThat(bound).isEqualTo(2);
    for (ReminderRule rule : List.of(onEmail, onAny)) {
      ReminderRule now = store.find(org, rule.reminderRuleId()).orElseThrow();
      assertThat(now.commIdentityId()).isEqualTo(email.commIdentityId());
      assertThat(now.channelType()).isEqualTo(ChannelType.EMAIL);
      assertThat(now.metadata().values()).containsEntry(ReminderRule.DELIVERY_STATUS, "pending");
    }
    for (ReminderRule rule : List.of(onSlack, sent, someoneElses)) {
      assertThat(store.find(org, rule.reminderRuleId()).orElseThrow().commIdentityId()).isNull();
    }
  }

  private ReminderRule leadTime(UUID dateItemId, int days) {
    return rule(org, person, dateItemId, null, ReminderType.LEAD_TIME, days, null, null, null);
  }

  private ReminderRule waiting(ChannelType channel) {
    return rule(org, person, null, channel, ReminderType.SCHEDULED, null, T0, null, null);
  }

  private static ReminderRule scheduled(UUID orgId, UUID personId, UUID dateItemId, Instant at) {
    return rule(orgId, personId, dateItemId, null, ReminderType.SCHEDULED, null, at, null, null);
  }

  private static ReminderRule sentAt(ReminderRule rule) {
    return outcome(rule, rule.scheduledAt(), null);
  }

  private static ReminderRule failedAt(ReminderRule rule) {
    return outcome(rule, null, rule.scheduledAt());
  }

  private static ReminderRule outcome(ReminderRule rule, Instant sentAt, Instant failedAt) {
    return rule(
        rule.orgId(),
        rule.personId(),
        rule.dateItemId(),
        rule.channelType(),
        rule.reminderType(),
        rule.leadTimeDays(),
        rule.scheduledAt(),
        sentAt,
        failedAt);
  }

  /** A new rule without an identity (one attempt made when it has an outcome). */
  private static ReminderRule rule(
      UUID orgId,
      UUID personId,
      UUID dateItemId,
      ChannelType channel,
      ReminderType type,
      Integer leadTimeDays,
      Instant scheduledAt,
      Instant sentAt,
      Instant failedAt) {
    return new ReminderRule(
        UUID.randomUUID(),
        orgId,
        personId,
        dateItemId,
        null,
        channel,
        type,
        leadTimeDays,
        scheduledAt,
        null,
        sentAt,
        failedAt,
        null,
        sentAt == null && failedAt == null ? 0 : 1,
        null,
        null,
        null,
        null);
  }

  private static List<UUID> ids(Page<ReminderRule> page) {
    return page.items().stream().map(ReminderRule::reminderRuleId).toList();
  }
}
