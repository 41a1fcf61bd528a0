package dev.concierge.core.identities;

import dev.concierge.core.access.Caller;
import dev.concierge.core.audit.AuditTrail;
import dev.concierge.core.audit.EntityType;
import dev.concierge.core.errors.FieldErrors;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.persons.PersonStore;
import dev.concierge.core.reminders.ReminderStore;
import java.util.UUID;

/**
 * Use cases of the ways to reach a person. Making an identity primary demotes the person's other
 * primary identity on that channel (the caller asked for this one to be used; refusing would only
 * force a second request). A value is used by one person per organization and channel, so that an
 * inbound Slack user or email address finds exactly one person: a second use is a conflict.
 */
public final class CommIdentities {
  private final CommIdentityStore load;
  private final CommIdentityStore list;
  private final CommIdentityStore save;
  private final CommIdentityStore delete;
  private final PersonStore persons;
  private final ReminderStore waitingReminders;
  private final AuditTrail audit;

  /**
   * @param waitingReminders binds the person's reminders that wait for an identity on the channel
   *     of a new identity to it, in the transaction that adds it
   * @param audit records every change, in its transaction
   */
  public CommIdentities(
      CommIdentityStore load,
      CommIdentityStore list,
      CommIdentityStore save,
      CommIdentityStore delete,
      PersonStore persons,
      ReminderStore waitingReminders,
      AuditTrail audit) {
    this.load = load;
    this.list = list;
    this.save = save;
    this.delete = delete;
    this.persons = persons;
    this.waitingReminders = waitingReminders;
    this.audit = audit;
  }

  public Page<CommIdentity> list(Caller caller, UUID personId, PageRequest page) {
    requirePerson(caller, personId);
    return list.listCommIdentities(caller.orgId(), personId, page);
  }

  public CommIdentity get(Caller caller, UUID personId, UUID identityId) {
    return load.loadCommIdentity(caller.orgId(), personId, identityId)
        .orElseThrow(() -> new NotFoundException("comm identity", identityId));
  }

  public CommIdentity add(Caller caller, UUID personId, NewCommIdentity identity) {
    caller.requireWriter();
    requirePerson(caller, personId);
    new FieldErrors().required("channel_type", identity.channelType()).throwIfAny();
    validate(identity.channelType(), identity.identityValue());
    CommIdentity added =
        new CommIdentity(
            UUID.randomUUID(),
            caller.orgId(),
            personId,
            identity.channelType(),
            identity.identityValue().strip(),
            Boolean.TRUE.equals(identity.primary()),
            Boolean.TRUE.equals(identity.verified()),
            identity.metadata(),
            null,
            null);
    // the reminders bound to the new identity follow from it: its entry covers them
    return audit.created(
        caller,
        EntityType.COMM_IDENTITY,
        identity,
        CommIdentity::commIdentityId,
        () -> {
          CommIdentity saved = save.saveCommIdentity(added);
          waitingReminders.bindWaiting(saved);
          return saved;
        });
  }

  public CommIdentity update(
      Caller caller, UUID personId, UUID identityId, CommIdentityChanges changes) {
    caller.requireWriter();
    CommIdentity current = get(caller, personId, identityId);
    String value = changes.identityValue().applyTo(current.identityValue());
    Boolean primary = changes.primary().applyTo(current.primary());
    Boolean verified = changes.verified().applyTo(current.verified());
    new FieldErrors()
        .required("is_primary", primary)
        .required("is_verified", verified)
        .throwIfAny();
    validate(current.channelType(), value);
    CommIdentity changed =
        new CommIdentity(
            identityId,
            caller.orgId(),
            personId,
            current.channelType(),
            value.strip(),
            primary,
            verified,
            changes.metadata().applyTo(current.metadata()),
            current.createdAt(),
            current.updatedAt());
    return audit.updated(
        caller,
        EntityType.COMM_IDENTITY,
        identityId,
        changes,
        () -> save.saveCommIdentity(changed));
  }

  public void delete(Caller caller, UUID personId, UUID identityId) {
    caller.requireWriter();
    audit.deleted(
        caller,
        EntityType.COMM_IDENTITY,
        identityId,
        () -> {
          if (!delete.deleteCommIdentity(caller.orgId(), personId, identityId)) {
            throw new NotFoundException("comm identity", identityId);
          }
        });
  }

  private void requirePerson(Caller caller, UUID personId) {
    if (persons.find(caller.orgId(), personId).isEmpty()) {
      throw new NotFoundException("person", personId);
    }
  }

  private static void validate(ChannelType channel, String value) {
    FieldErrors errors =
        new FieldErrors().required("identity_value", value).length("identity_value", value, 1, 320);
    if (channel == ChannelType.EMAIL) {
      errors.matches(
          "identity_value", value, "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", "must be an email address");
    }
    errors.throwIfAny();
  }
}
