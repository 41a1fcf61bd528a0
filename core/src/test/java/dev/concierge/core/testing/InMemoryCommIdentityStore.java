package dev.concierge.core.testing;

import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.identities.CommIdentity;
import dev.concierge.core.identities.CommIdentityStore;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** {@link CommIdentityStore} in a map, for fast tests of the rules. */
public final class InMemoryCommIdentityStore implements CommIdentityStore {
  /** A person's list: by channel name, then oldest first. */
  private static final Comparator<CommIdentity> LIST_ORDER =
      Comparator.comparing((CommIdentity i) -> i.channelType().wireName())
          .thenComparing(CommIdentity::createdAt)
          .thenComparing(CommIdentity::commIdentityId, UuidOrder.ASCENDING);

  /** Where a reminder goes: primary first, then by channel (Slack first), then oldest first. */
  private static final Comparator<CommIdentity> REACH_ORDER =
      Comparator.comparing((CommIdentity i) -> !i.primary())
          .thenComparing(CommIdentity::channelType)
          .thenComparing(CommIdentity::createdAt)
          .thenComparing(CommIdentity::commIdentityId, UuidOrder.ASCENDING);

  private final Map<UUID, CommIdentity> identities = new LinkedHashMap<>();
  private final Set<UUID> deleted = ConcurrentHashMap.newKeySet();
  private final Clock clock;

  public InMemoryCommIdentityStore(Clock clock) {
    this.clock = clock;
  }

  @Override
  public synchronized Optional<CommIdentity> loadCommIdentity(
      UUID orgId, UUID personId, UUID commIdentityId) {
    return live(orgId, personId).filter(i -> i.commIdentityId().equals(commIdentityId)).findFirst();
  }

  @Override
  public synchronized CommIdentity saveCommIdentity(CommIdentity identity) {
    CommIdentity existing = identities.get(identity.commIdentityId());
    if (existing != null
        && (!existing.orgId().equals(identity.orgId())
            || !existing.personId().equals(identity.personId())
            || deleted.contains(existing.commIdentityId()))) {
      throw new NotFoundException("comm identity", identity.commIdentityId());
    }
    if (identity.primary()) {
      live(identity.orgId(), identity.personId())
          .filter(i -> i.primary() && i.channelType() == identity.channelType())
          .filter(i -> !i.commIdentityId().equals(identity.commIdentityId()))
          .toList()
          .forEach(i -> identities.put(i.commIdentityId(), withPrimary(i, false)));
    }
    Instant now = clock.instant();
    CommIdentity stored =
        new CommIdentity(
            identity.commIdentityId(),
            identity.orgId(),
            identity.personId(),
            existing == null ? identity.channelType() : existing.channelType(),
            identity.identityValue(),
            identity.primary(),
            identity.verified(),
            identity.metadata(),
            existing == null ? now : existing.createdAt(),
            now);
    identities.put(stored.commIdentityId(), stored);
    return stored;
  }

  @Override
  public synchronized Page<CommIdentity> listCommIdentities(
      UUID orgId, UUID personId, PageRequest page) {
    return Pages.of(live(orgId, personId).sorted(LIST_ORDER).toList(), page);
  }

  @Override
  public synchronized boolean deleteCommIdentity(UUID orgId, UUID personId, UUID commIdentityId) {
    Optional<CommIdentity> identity = loadCommIdentity(orgId, personId, commIdentityId);
    identity.ifPresent(
        i -> {
          identities.put(i.commIdentityId(), withPrimary(i, false));
          deleted.add(i.commIdentityId());
        });
    return identity.isPresent();
  }

  @Override
  public synchronized Optional<CommIdentity> findReachableIdentity(
      UUID orgId, UUID personId, ChannelType channel) {
    return live(orgId, personId)
        .filter(i -> channel == null || i.channelType() == channel)
        .sorted(REACH_ORDER)
        .findFirst();
  }

  private Stream<CommIdentity> live(UUID orgId, UUID personId) {
    return identities.values().stream()
        .filter(i -> i.orgId().equals(orgId) && i.personId().equals(personId))
        .filter(i -> !deleted.contains(i.commIdentityId()));
  }

  private static CommIdentity withPrimary(CommIdentity identity, boolean primary) {
    return new CommIdentity(
        identity.commIdentityId(),
        identity.orgId(),
        identity.personId(),
        identity.channelType(),
        identity.identityValue(),
        primary,
        identity.verified(),
        identity.metadata(),
        identity.createdAt(),
        identity.updatedAt());
  }
}
