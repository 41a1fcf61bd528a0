package dev.concierge.core.identities;

/**
 * Told, inside the transaction that adds it, of a new way to reach a person: reminders that wait
 * for an identity on its channel can be bound to it.
 */
@FunctionalInterface
public interface CommIdentityListener {
  CommIdentityListener NONE = identity -> {};

  void identityAdded(CommIdentity identity);
}
