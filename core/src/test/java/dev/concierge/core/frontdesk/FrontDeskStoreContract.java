package dev.concierge.core.frontdesk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.organization.Organization;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.testing.StoreContract;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link FrontDeskStore} does, PostgreSQL's and the in-memory one alike: the fakes the
 * use-case tests run on cannot drift from the real store while both pass this.
 */
public abstract class FrontDeskStoreContract extends StoreContract<FrontDeskStore> {
  private static final Instant T0 = Instant.parse("2026-05-04T09:00:00Z");
  private static final PageRequest ALL = new PageRequest(0, 50);

  /** Makes the organization's settings name the Slack workspace ({@code slack_team_id}). */
  protected abstract void claimWorkspace(UUID orgId, String workspace);

  /** Gives the organization's client a live Slack comm identity with {@code value}. */
  protected abstract void giveSlackIdentity(UUID orgId, UUID personId, String value);

  @Test
  void an_event_is_claimed_once() {
    String eventId = "Ev" + UUID.randomUUID();

    assertThat(store.claimEvent(org, eventId, T0)).isTrue();
    assertThat(store.claimEvent(org, eventId, T0.plusSeconds(1))).isFalse();
    assertThat(store.claimEvent(newOrganization(), eventId, T0)).isFalse();
    assertThat(store.claimEvent(org, "Ev" + UUID.randomUUID(), T0)).isTrue();
  }

  @Test
  void events_claimed_before_the_cutoff_are_forgotten_and_later_ones_stay_claimed() {
    String old = "Ev" + UUID.randomUUID();
    String recent = "Ev" + UUID.randomUUID();
    store.claimEvent(org, old, T0.minus(Duration.ofDays(8)));
    store.claimEvent(newOrganization(), recent, T0.minus(Duration.ofDays(6)));

    int forgotten = store.forgetEventsBefore(T0.minus(Duration.ofDays(7)));

    assertThat(forgotten).isPositive();
    assertThat(store.claimEvent(org, recent, T0)).isFalse();
    assertThat(store.claimEvent(org, old, T0)).isTrue();
  }

  @Test
  void a_workspace_belongs_to_the_organization_naming_it_and_otherwise_to_the_default_one() {
    String workspace = "T" + UUID.randomUUID();
    claimWorkspace(org, workspace);

    assertThat(store.organizationOf(workspace)).isEqualTo(org);
    assertThat(store.organizationOf("T" + UUID.randomUUID())).isEqualTo(Organization.DEFAULT_ID);
  }

  @Test
  void an_unknown_contact_is_one_row_counting_messages_keeping_the_newest_and_the_first_time() {
    store.sawUnknownContact(
        UnknownContact.seen(org, ChannelType.SLACK, "U0NEW", "Sam", "Hello?", T0));
    store.sawUnknownContact(
        UnknownContact.seen(org, ChannelType.SLACK, "U0NEW", null, "Anyone?", T0.plusSeconds(60)));

    Page<UnknownContact> contacts = store.unknownContacts(org, ALL);

    assertThat(contacts.total()).isEqualTo(1);
    UnknownContact contact = contacts.items().get(0);
    assertThat(contact.orgId()).isEqualTo(org);
    assertThat(contact.channelType()).isEqualTo(ChannelType.SLACK);
    assertThat(contact.identityValue()).isEqualTo("U0NEW");
    assertThat(contact.displayName()).isEqualTo("Sam");
    assertThat(contact.lastMessage()).isEqualTo("Anyone?");
    assertThat(contact.messageCount()).isEqualTo(2);
    assertThat(contact.firstSeenAt()).isEqualTo(T0);
    assertThat(contact.lastSeenAt()).isEqualTo(T0.plusSeconds(60));
    assertThat(store.findUnknownContact(org, contact.unknownContactId())).contains(contact);
  }

  @Test
  void unknown_contacts_are_latest_first_paged_and_each_organizations_own() {
    store.sawUnknownContact(UnknownContact.seen(org, ChannelType.SLACK, "U0A", "A", "a", T0));
    store.sawUnknownContact(
        UnknownContact.seen(org, ChannelType.SLACK, "U0B", "B", "b", T0.plusSeconds(2)));
    store.sawUnknownContact(
        UnknownContact.seen(org, ChannelType.SLACK, "U0C", "C", "c", T0.plusSeconds(1)));
    UUID other = newOrganization();
    store.sawUnknownContact(UnknownContact.seen(other, ChannelType.SLACK, "U0A", "A", "a", T0));

    Page<UnknownContact> page = store.unknownContacts(org, new PageRequest(1, 1));

    assertThat(page.total()).isEqualTo(3);
    assertThat(page.items()).extracting(UnknownContact::identityValue).containsExactly("U0C");
    assertThat(store.unknownContacts(org, ALL).items())
        .extracting(UnknownContact::identityValue)
        .containsExactly("U0B", "U0C", "U0A");
    UUID theirs = store.unknownContacts(other, ALL).items().get(0).unknownContactId();
    assertThat(store.findUnknownContact(org, theirs)).isEmpty();
  }

  @Test
  void a_contact_a_live_identity_now_names_is_no_longer_unknown() {
    store.sawUnknownContact(UnknownContact.seen(org, ChannelType.SLACK, "U0LINK", "L", "x", T0));
    UUID id = store.unknownContacts(org, ALL).items().get(0).unknownContactId();

    giveSlackIdentity(org, client, "U0LINK");

    assertThat(store.unknownContacts(org, ALL).total()).isZero();
    assertThat(store.findUnknownContact(org, id)).isEmpty();
  }
}
