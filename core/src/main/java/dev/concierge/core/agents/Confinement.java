package dev.concierge.core.agents;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * The people a run may act on. A run for staff is not confined: it reaches what its caller's role
 * reaches. A run for a client writing in is confined to the client and the people related to them:
 * whatever ids the model sends, a call about anyone else is refused, and an operation that cannot
 * be tied to one person (listing everyone, the catalogue's writes, accounts, keys, the
 * organization, the audit log) is not offered to it at all.
 *
 * @param confined whether the run is held to {@link #persons()}
 * @param persons the people it may act on; empty exactly when it is not confined
 */
public record Confinement(boolean confined, Set<UUID> persons) {
  /** Reaches what the caller reaches. */
  public static final Confinement NONE = new Confinement(false, Set.of());

  public Confinement {
    persons = Set.copyOf(persons);
    if (confined == persons.isEmpty()) {
      throw new IllegalArgumentException(
          confined
              ? "a confined run needs at least one person"
              : "only a confined run names people");
    }
  }

  /** Held to these people. */
  public static Confinement to(Collection<UUID> persons) {
    return new Confinement(true, Set.copyOf(persons));
  }

  /** Whether the run may act on this person; nobody (null) is no one it may act on. */
  public boolean allows(UUID person) {
    return !confined || (person != null && persons.contains(person));
  }
}
