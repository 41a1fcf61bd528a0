package dev.concierge.core.identities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.core.errors.ConflictException;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.model.Metadata;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CommIdentityStore} does, PostgreSQL's and the in-memory one alike: the fakes
 * the use-case tests run on cannot drift from the real store while both pass this.
 */
public abstract class CommIdentityStoreContract {
  private CommIdentityStore store;
  private UUID org;
  private UUID person;

  /** A store over empty or shared storage; each test works in organizations of its own. */
  protected abstract CommIdentityStore store();

  /** An organization the store may keep identities of (a row, where the store needs one). */
  protected abstract UUID newOrganization();

  /** A person of {@code orgId} identities may belong to (a row, where the store needs one). */
  protected abstract UUID newPerson(UUID orgId);

  @BeforeEach
  void setUp() {
    store = store();
    org = newOrganization();
    person = newPerson(org);
  }

  @Test
  void a_saved_identity_is_found_with_every_field_and_its_times() {
    CommIdentity saved =
        store.save(
            new CommIdentity(
                UUID.randomUUID(),
                org,
                person,
                ChannelType.SLACK,
                "U123ABC",
                true,
                true,
                Metadata.of(Map.of("workspace", "T01")),
                null,
                null));

    CommIdentity found = store.find(org, person, saved.commIdentityId()).orElseThrow();

    assertThat(found.channelType()).isEqualTo(ChannelType.SLACK);
    assertThat(found.identityValue()).isEqualTo("U123ABC");
    assertThat(found.primary()).isTrue();
    assertThat(found.verified()).isTrue();
    assertThat(found.metadata().values()).containsEntry("workspace", "T01");
    assertThat(found.createdAt()).isNotNull().isEqualTo(saved.createdAt());
    assertThat(found.updatedAt()).isNotNull();
    assertThat(store.find(org, newPerson(org), saved.commIdentityId())).isEmpty();
    assertThat(store.find(newOrganization(), person, saved.commIdentityId())).isEmpty();
  }

  @Test
  void saving_again_changes_the_value_and_flags_and_keeps_when_it_was_created() {
    CommIdentity first =
        store.save(identity(person, ChannelType.EMAIL, "sarah@example.com", false));

    CommIdentity changed =
        store.save(first.changed("sarah.chen@example.com", true, true, Metadata.EMPTY));

    assertThat(changed.identityValue()).isEqualTo("sarah.chen@example.com");
    assertThat(changed.primary()).isTrue();
    assertThat(changed.verified()).isTrue();
    assertThat(changed.createdAt()).isEqualTo(first.createdAt());
    assertThat(store.find(org, person, first.commIdentityId())).contains(changed);
  }

  @Test
  void a_new_primary_identity_demotes_the_persons_other_primary_one_on_its_channel_only() {
    CommIdentity work = store.save(identity(person, ChannelType.EMAIL, "work@example.com", true));
    CommIdentity slack = store.save(identity(person, ChannelType.SLACK, "U1", true));

    CommIdentity home = store.save(identity(person, ChannelType.EMAIL, "home@example.com", true));

    assertThat(home.primary()).isTrue();
    assertThat(store.find(org, person, work.commIdentityId()).orElseThrow().primary()).isFalse();
    assertThat(store.find(org, person, slack.commIdentityId()).orElseThrow().primary()).isTrue();
  }

  @Test
  void a_value_is_used_once_per_organization_and_channel_while_it_lives() {
    CommIdentity sarahs =
        store.save(identity(person, ChannelType.EMAIL, "shared@example.com", false));
    UUID sibling = newPerson(org);

    assertThatThrownBy(
            () -> store.save(identity(sibling, ChannelType.EMAIL, "shared@example.com", false)))
        .isInstanceOf(ConflictException.class);
    CommIdentity other =
        store.save(identity(sibling, ChannelType.SLACK, "shared@example.com", false));
    UUID elsewhere = newOrganization();
    store.save(
        new CommIdentity(
            UUID.randomUUID(),
            elsewhere,
            newPerson(elsewhere),
            ChannelType.EMAIL,
            "shared@example.com",
            false,
            false,
            Metadata.EMPTY,
            null,
            null));

    assertThat(other.channelType()).isEqualTo(ChannelType.SLACK);
    assertThat(store.delete(org, person, sarahs.commIdentityId())).isTrue();
    assertThat(store.save(identity(sibling, ChannelType.EMAIL, "shared@example.com", false)))
        .isNotNull();
  }

  @Test
  void a_deleted_identity_is_gone_from_find_list_reach_and_saves() {
    CommIdentity email = store.save(identity(person, ChannelType.EMAIL, "a@example.com", true));

    assertThat(store.delete(org, person, email.commIdentityId())).isTrue();

    assertThat(store.delete(org, person, email.commIdentityId())).isFalse();
    assertThat(store.find(org, person, email.commIdentityId())).isEmpty();
    assertThat(store.list(org, person, new PageRequest(0, 50)).items()).isEmpty();
    assertThat(store.findReachable(org, person, null)).isEmpty();
    assertThatThrownBy(() -> store.save(email)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void another_persons_identity_is_neither_deleted_nor_overwritten() {
    CommIdentity email = store.save(identity(person, ChannelType.EMAIL, "a@example.com", false));
    UUID other = newPerson(org);

    assertThat(store.delete(org, other, email.commIdentityId())).isFalse();
    assertThatThrownBy(
            () ->
                store.save(
                    new CommIdentity(
                        email.commIdentityId(),
                        org,
                        other,
                        ChannelType.EMAIL,
                        "taken@example.com",
                        false,
                        false,
                        Metadata.EMPTY,
                        null,
                        null)))
        .isInstanceOf(NotFoundException.class);
    assertThat(store.find(org, person, email.commIdentityId())).contains(email);
  }

  @Test
  void a_list_is_by_channel_name_then_oldest_first_and_paged_with_its_total() {
    store.save(identity(person, ChannelType.SLACK, "U1", false));
    store.save(identity(person, ChannelType.EMAIL, "second@example.com", false));
    store.save(identity(person, ChannelType.PHONE, "+15550100", false));
    store.save(identity(person, ChannelType.EMAIL, "third@example.com", false));
    store.save(identity(newPerson(org), ChannelType.EMAIL, "someone@example.com", false));

    Page<CommIdentity> page = store.list(org, person, new PageRequest(1, 2));
    Page<CommIdentity> all = store.list(org, person, new PageRequest(0, 50));

    assertThat(page.total()).isEqualTo(4);
    assertThat(page.items())
        .extracting(CommIdentity::identityValue)
        .containsExactly("third@example.com", "+15550100");
    assertThat(all.items())
        .extracting(CommIdentity::identityValue)
        .containsExactly("second@example.com", "third@example.com", "+15550100", "U1");
  }

  @Test
  void a_reminder_reaches_a_primary_identity_first_then_by_channel_then_the_oldest() {
    assertThat(store.findReachable(org, person, null)).isEmpty();
    CommIdentity phone = store.save(identity(person, ChannelType.PHONE, "+15550100", false));
    CommIdentity firstEmail =
        store.save(identity(person, ChannelType.EMAIL, "a@example.com", false));
    store.save(identity(person, ChannelType.EMAIL, "b@example.com", false));

    assertThat(store.findReachable(org, person, null)).contains(firstEmail);
    assertThat(store.findReachable(org, person, ChannelType.PHONE)).contains(phone);
    assertThat(store.findReachable(org, person, ChannelType.SLACK)).isEmpty();

    CommIdentity primaryPhone = store.save(identity(person, ChannelType.PHONE, "+15550199", true));
    assertThat(store.findReachable(org, person, null)).contains(primaryPhone);
    assertThat(store.findReachable(org, person, ChannelType.EMAIL)).contains(firstEmail);
  }

  private CommIdentity identity(UUID personId, ChannelType channel, String value, boolean primary) {
    return new CommIdentity(
        UUID.randomUUID(),
        org,
        personId,
        channel,
        value,
        primary,
        false,
        Metadata.EMPTY,
        null,
        null);
  }

  @Test
  void an_identity_is_found_by_its_value_on_its_channel_within_its_organization_while_live() {
    CommIdentity slack =
        store.save(
            new CommIdentity(
                UUID.randomUUID(),
                org,
                person,
                ChannelType.SLACK,
                "U0VALUE",
                false,
                false,
                null,
                null,
                null));

    assertThat(store.findByValue(org, ChannelType.SLACK, "U0VALUE"))
        .map(CommIdentity::commIdentityId)
        .contains(slack.commIdentityId());
    assertThat(store.findByValue(org, ChannelType.EMAIL, "U0VALUE")).isEmpty();
    assertThat(store.findByValue(newOrganization(), ChannelType.SLACK, "U0VALUE")).isEmpty();
    store.delete(org, person, slack.commIdentityId());
    assertThat(store.findByValue(org, ChannelType.SLACK, "U0VALUE")).isEmpty();
  }
}
