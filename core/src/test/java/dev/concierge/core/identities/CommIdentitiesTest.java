package dev.concierge.core.identities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.concierge.core.access.ApiRole;
import dev.concierge.core.access.Caller;
import dev.concierge.core.audit.AuditAction;
import dev.concierge.core.audit.AuditEntry;
import dev.concierge.core.audit.AuditTrail;
import dev.concierge.core.errors.ConflictException;
import dev.concierge.core.errors.FieldError;
import dev.concierge.core.errors.ForbiddenException;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.model.FieldChange;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.persons.PersonType;
import dev.concierge.core.testing.InMemoryAuditStore;
import dev.concierge.core.testing.InMemoryCommIdentityStore;
import dev.concierge.core.testing.InMemoryPersonStore;
import dev.concierge.core.testing.Persons;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The rules of the ways to reach a person, over stores in memory. */
class CommIdentitiesTest {
  private static final UUID ORG = UUID.randomUUID();

  private final InMemoryPersonStore persons = new InMemoryPersonStore(Clock.systemUTC());
  private final InMemoryAuditStore audited = new InMemoryAuditStore();
  private final List<CommIdentity> added = new ArrayList<>();
  private final CommIdentities identities =
      new CommIdentities(
          new InMemoryCommIdentityStore(Clock.systemUTC()),
          persons,
          added::add,
          new AuditTrail(audited, Supplier::get));
  private final Caller concierge = caller(ORG, ApiRole.CONCIERGE);
  private final UUID sarah = person(ORG);

  @Test
  void an_added_identity_is_trimmed_told_to_the_listener_and_audited() {
    CommIdentity slack =
        identities.add(
            concierge,
            sarah,
            new NewCommIdentity(ChannelType.SLACK, " U123ABC ", null, null, null));

    assertThat(slack.identityValue()).isEqualTo("U123ABC");
    assertThat(slack.primary()).isFalse();
    assertThat(slack.verified()).isFalse();
    assertThat(added).containsExactly(slack);
    assertThat(identities.get(concierge, sarah, slack.commIdentityId())).isEqualTo(slack);
    assertThat(audited.entries())
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.action()).isEqualTo(AuditAction.CREATE);
              assertThat(entry.entityId()).isEqualTo(slack.commIdentityId());
              assertThat(entry.fields()).containsExactly("channel_type", "identity_value");
            });
  }

  @Test
  void an_email_identity_must_be_an_address_and_a_channel_is_required() {
    assertThat(fieldsRefused(new NewCommIdentity(ChannelType.EMAIL, "not-mail", null, null, null)))
        .containsExactly("identity_value");
    assertThat(fieldsRefused(new NewCommIdentity(null, "U123", null, null, null)))
        .containsExactly("channel_type");
    assertThat(fieldsRefused(new NewCommIdentity(ChannelType.SLACK, " ", null, null, null)))
        .containsExactly("identity_value");
    assertThat(added).isEmpty();
    assertThat(audited.entries()).isEmpty();
  }

  @Test
  void only_a_person_of_the_callers_organization_gets_identities() {
    UUID theirs = person(UUID.randomUUID());

    assertThatThrownBy(
            () -> identities.add(concierge, theirs, NewCommIdentity.primary(ChannelType.SMS, "+1")))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> identities.list(concierge, theirs, PageRequest.of(null, null)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void analysts_read_but_do_not_write() {
    CommIdentity slack =
        identities.add(concierge, sarah, NewCommIdentity.primary(ChannelType.SLACK, "U1"));
    Caller analyst = caller(ORG, ApiRole.ANALYST);

    assertThat(identities.list(analyst, sarah, PageRequest.of(null, null)).items())
        .containsExactly(slack);
    assertThatThrownBy(
            () -> identities.add(analyst, sarah, NewCommIdentity.primary(ChannelType.SMS, "+1")))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> identities.delete(analyst, sarah, slack.commIdentityId()))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void making_an_identity_primary_demotes_the_other_one_on_its_channel() {
    CommIdentity work =
        identities.add(
            concierge, sarah, NewCommIdentity.primary(ChannelType.EMAIL, "work@example.com"));
    CommIdentity home =
        identities.add(
            concierge,
            sarah,
            new NewCommIdentity(ChannelType.EMAIL, "home@example.com", false, false, null));

    CommIdentity promoted =
        identities.update(
            concierge,
            sarah,
            home.commIdentityId(),
            new CommIdentityChanges(
                FieldChange.unchanged(),
                FieldChange.to(true),
                FieldChange.unchanged(),
                FieldChange.unchanged()));

    assertThat(promoted.primary()).isTrue();
    assertThat(identities.get(concierge, sarah, work.commIdentityId()).primary()).isFalse();
    assertThat(audited.entries())
        .last()
        .extracting(AuditEntry::fields)
        .isEqualTo(List.of("is_primary"));
  }

  @Test
  void an_update_keeps_the_channel_and_validates_the_value_against_it() {
    CommIdentity email =
        identities.add(
            concierge, sarah, NewCommIdentity.primary(ChannelType.EMAIL, "a@example.com"));

    assertThat(fieldsRefused(email, FieldChange.to("U123"), FieldChange.unchanged()))
        .containsExactly("identity_value");
    assertThat(fieldsRefused(email, FieldChange.unchanged(), FieldChange.to(null)))
        .containsExactly("is_primary");
    assertThat(identities.get(concierge, sarah, email.commIdentityId())).isEqualTo(email);
  }

  @Test
  void a_value_another_person_of_the_organization_uses_is_a_conflict() {
    identities.add(concierge, sarah, NewCommIdentity.primary(ChannelType.SLACK, "U1"));
    UUID brother = person(ORG);

    assertThatThrownBy(
            () ->
                identities.add(
                    concierge, brother, NewCommIdentity.primary(ChannelType.SLACK, "U1")))
        .isInstanceOf(ConflictException.class);
    assertThat(added).hasSize(1);
  }

  @Test
  void a_deleted_identity_is_gone_and_deleting_again_is_not_found() {
    CommIdentity sms =
        identities.add(concierge, sarah, NewCommIdentity.primary(ChannelType.SMS, "+1"));

    identities.delete(concierge, sarah, sms.commIdentityId());

    assertThatThrownBy(() -> identities.get(concierge, sarah, sms.commIdentityId()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> identities.delete(concierge, sarah, sms.commIdentityId()))
        .isInstanceOf(NotFoundException.class);
    assertThat(audited.entries())
        .extracting(AuditEntry::action)
        .containsExactly(AuditAction.CREATE, AuditAction.DELETE);
  }

  private List<String> fieldsRefused(NewCommIdentity identity) {
    return catchThrowableOfType(
            ValidationException.class, () -> identities.add(concierge, sarah, identity))
        .errors()
        .stream()
        .map(FieldError::field)
        .toList();
  }

  private List<String> fieldsRefused(
      CommIdentity identity, FieldChange<String> value, FieldChange<Boolean> primary) {
    CommIdentityChanges changes =
        new CommIdentityChanges(value, primary, FieldChange.unchanged(), FieldChange.unchanged());
    return catchThrowableOfType(
            ValidationException.class,
            () -> identities.update(concierge, sarah, identity.commIdentityId(), changes))
        .errors()
        .stream()
        .map(FieldError::field)
        .toList();
  }

  private UUID person(UUID orgId) {
    return persons.save(Persons.of(orgId, "Sarah Chen", PersonType.CLIENT)).personId();
  }

  private static Caller caller(UUID orgId, ApiRole role) {
    return Caller.apiKey(UUID.randomUUID(), orgId, "staff", role);
  }
}
