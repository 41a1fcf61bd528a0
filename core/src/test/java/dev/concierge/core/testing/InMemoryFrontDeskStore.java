package dev.concierge.core.testing;

import dev.concierge.core.frontdesk.FrontDeskStore;
import dev.concierge.core.frontdesk.UnknownContact;
import dev.concierge.core.identities.CommIdentityStore;
import dev.concierge.core.organization.Organization;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link FrontDeskStore} in maps, for fast tests of the rules; held to PostgreSQL's by the
 * contract. It takes no part in transactions: a claim stays made.
 */
public final class InMemoryFrontDeskStore implements FrontDeskStore {
  private final Map<String, Instant> claimed = new HashMap<>();
  private final Map<String, UUID> workspaces = new HashMap<>();
  private final Map<UUID, UnknownContact> contacts = new LinkedHashMap<>();
  private final CommIdentityStore identities;

  /**
   * @param identities where linked contacts are found
   */
  public InMemoryFrontDeskStore(CommIdentityStore identities) {
    this.identities = identities;
  }

  /** The organization's settings name the workspace, as {@code slack_team_id} does. */
  public synchronized void claimWorkspace(String workspace, UUID orgId) {
    workspaces.put(workspace, orgId);
  }

  @Override
  public synchronized boolean claimEvent(UUID orgId, String eventId, Instant at) {
    return claimed.putIfAbsent(eventId, at) == null;
  }

  @Override
  public synchronized int forgetEventsBefore(Instant cutoff) {
    int before = claimed.size();
    claimed.values().removeIf(at -> at.isBefore(cutoff));
    return before - claimed.size();
  }

  @Override
  public synchronized UUID organizationOf(String workspace) {
    return workspaces.getOrDefault(workspace, Organization.DEFAULT_ID);
  }

  @Override
  public synchronized void sawUnknownContact(UnknownContact sighting) {
    Optional<UnknownContact> known =
        contacts.values().stream()
            .filter(c -> c.orgId().equals(sighting.orgId()))
            .filter(c -> c.channelType() == sighting.channelType())
            .filter(c -> c.identityValue().equals(sighting.identityValue()))
            .findFirst();
    UnknownContact merged =
        known
            .map(
                c ->
                    new UnknownContact(
                        c.unknownContactId(),
                        c.orgId(),
                        c.channelType(),
                        c.identityValue(),
                        sighting.displayName() == null ? c.displayName() : sighting.displayName(),
                        sighting.lastMessage(),
                        c.messageCount() + 1,
                        c.firstSeenAt(),
                        sighting.lastSeenAt()))
            .orElse(sighting);
    contacts.put(merged.unknownContactId(), merged);
  }

  @Override
  public synchronized Page<UnknownContact> unknownContacts(UUID orgId, PageRequest page) {
    return Pages.of(
        contacts.values().stream()
            .filter(c -> c.orgId().equals(orgId) && !linked(c))
            .sorted(
                Comparator.comparing(UnknownContact::lastSeenAt)
                    .reversed()
                    .thenComparing(UnknownContact::unknownContactId, UuidOrder.ASCENDING))
            .toList(),
        page);
  }

  @Override
  public synchronized Optional<UnknownContact> findUnknownContact(
      UUID orgId, UUID unknownContactId) {
    return Optional.ofNullable(contacts.get(unknownContactId))
        .filter(c -> c.orgId().equals(orgId) && !linked(c));
  }

  private boolean linked(UnknownContact contact) {
    return identities
        .findByValue(contact.orgId(), contact.channelType(), contact.identityValue())
        .isPresent();
  }
}
