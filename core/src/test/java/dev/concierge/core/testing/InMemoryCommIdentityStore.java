package dev.concierge.core.testing;

import dev.concierge.core.errors.ConflictException;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.identities.CommIdentity;
import dev.concierge.core.identities.CommIdentityStore;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * {@link CommIdentityStore} in a map, for fast tests of the rules; held to PostgreSQL's by the
 * contract.
 */
public final class InMemoryCommIdentityStore implements CommIdentityStore {
  // in the order they were added, which is oldest first also when the clock stood still
  private final Map<UUID, CommIdentity> identities = new LinkedHashMap<>();
  private final Set<UUID> deleted = new HashSet<>();
  private final Clock clock;

  public InMemoryCommIdentityStore(Clock clock) {
    this.clock = clock;
  }

  @Override
  public synchronized Optional<CommIdentity> find(UUID orgId, UUID personId, UUID identityId) {
    return live(orgId, personId).filter(i -> i.commIdentityId().equals(identityId)).findFirst();
  }

  @Override
  public synchronized Page<CommIdentity> list(UUID orgId, UUID personId, PageRequest page) {
    List<CommIdentity> ordered =
        live(orgId, personId)
            .sorted(
                Comparator.comparing((CommIdentity i) -> i.channelType().wireName())
                    .thenComparing(CommIdentity::createdAt))
            .toList();
    return Pages.of(ordered, page);
  }

  @Override
  public synchronized CommIdentity save(CommIdentity identity) {
    CommIdentity existing = identities.get(identity.commIdentityId());
    if (existing != null
        && (!existing.orgId().equals(identity.orgId())
            || !existing.personId().equals(identity.personId())
            || deleted.contains(identity.commIdentityId()))) {
      throw new NotFoundException("comm identity", identity.commIdentityId());
    }
    ChannelType channel = existing == null ? identity.channelType() : existing.channelType();
    boolean taken =
        identities.values().stream()
            .filter(i -> !deleted.contains(i.commIdentityId()))
            .filter(i -> !i.commIdentityId().equals(identity.commIdentityId()))
            .anyMatch(
                i ->
                    i.orgId().equals(identity.orgId())
                        && i.channelType() == channel
                        && i.identityValue().equals(identity.identityValue()));
    if (taken) {
      throw new ConflictException(
          "That "
              + channel.wireName()
              + " identity is already used by a person of this organization.");
    }
    if (identity.primary()) {
      live(identity.orgId(), identity.personId())
          .filter(i -> i.primary() && i.channelType() == channel)
          .filter(i -> !i.commIdentityId().equals(identity.commIdentityId()))
          .toList()
          .forEach(i -> identities.put(i.commIdentityId(), notPrimary(i)));
    }
    Instant now = clock.instant();
    CommIdentity stored =
        existing == null
            ? identity.stored(now, now)
            : existing
                .changed(
                    identity.identityValue(),
                    identity.primary(),
                    identity.verified(),
                    identity.metadata())
                .stored(existing.createdAt(), now);
    identities.put(stored.commIdentityId(), stored);
    return stored;
  }

  @Override
  public synchronized boolean delete(UUID orgId, UUID personId, UUID identityId) {
    Optional<CommIdentity> found = find(orgId, personId, identityId);
    found.ifPresent(
        i -> {
          identities.put(identityId, notPrimary(i));
          deleted.add(identityId);
        });
    return found.isPresent();
  }

  @Override
  public synchronized Optional<CommIdentity> findByValue(
      UUID orgId, ChannelType channel, String value) {
    return identities.values().stream()
        .filter(i -> !deleted.contains(i.commIdentityId()))
        .filter(i -> i.orgId().equals(orgId) && i.channelType() == channel)
        .filter(i -> i.identityValue().equals(value))
        .findFirst();
  }

  @Override
  public synchronized Optional<CommIdentity> findReachable(
      UUID orgId, UUID personId, ChannelType channel) {
    return live(orgId, personId)
        .filter(i -> channel == null || i.channelType() == channel)
        .sorted(
            Comparator.comparing((CommIdentity i) -> !i.primary())
                .thenComparing(CommIdentity::channelType)
                .thenComparing(CommIdentity::createdAt))
        .findFirst();
  }

  private Stream<CommIdentity> live(UUID orgId, UUID personId) {
    return identities.values().stream()
        .filter(i -> i.orgId().equals(orgId) && i.personId().equals(personId))
        .filter(i -> !deleted.contains(i.commIdentityId()));
  }

  private static CommIdentity notPrimary(CommIdentity identity) {
    return identity.changed(
        identity.identityValue(), false, identity.verified(), identity.metadata());
  }
}
