package dev.concierge.core.frontdesk;

import dev.concierge.core.access.Caller;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.identities.CommIdentities;
import dev.concierge.core.identities.CommIdentity;
import dev.concierge.core.identities.NewCommIdentity;
import dev.concierge.core.model.Metadata;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.persons.PersonStore;
import java.util.Map;
import java.util.UUID;

/**
 * Use cases of the people who wrote to the concierge from an address no client has: staff list
 * them, and link one to a person, which gives the person that comm identity (audited as any
 * identity added) so their next message reaches their conversation.
 */
public final class UnknownContacts {
  private final FrontDeskStore store;
  private final PersonStore persons;
  private final CommIdentities identities;

  public UnknownContacts(FrontDeskStore store, PersonStore persons, CommIdentities identities) {
    this.store = store;
    this.persons = persons;
    this.identities = identities;
  }

  public Page<UnknownContact> list(Caller caller, PageRequest page) {
    return store.unknownContacts(caller.orgId(), page);
  }

  /**
   * Gives the person the contact's address on its channel, verified (they wrote from it).
   *
   * @throws NotFoundException when the organization has no such unknown contact (linked already)
   * @throws ValidationException when the person is not one of the organization's
   */
  public CommIdentity link(Caller caller, UUID unknownContactId, UUID personId) {
    caller.requireWriter();
    UnknownContact contact =
        store
            .findUnknownContact(caller.orgId(), unknownContactId)
            .orElseThrow(() -> new NotFoundException("unknown contact", unknownContactId));
    if (personId == null || persons.find(caller.orgId(), personId).isEmpty()) {
      throw new ValidationException("person_id", "is not a person of this organization");
    }
    return identities.add(
        caller,
        personId,
        new NewCommIdentity(
            contact.channelType(),
            contact.identityValue(),
            false,
            true,
            Metadata.of(Map.of("linked_from", "unknown_contact"))));
  }
}
