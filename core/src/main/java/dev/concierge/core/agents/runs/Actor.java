package dev.concierge.core.agents.runs;

import dev.concierge.core.access.ActorType;
import dev.concierge.core.access.ApiRole;
import dev.concierge.core.access.Caller;
import java.util.Objects;

/**
 * Who a run acted for, or who confirmed one of its actions, as the audit log names actors.
 *
 * @param id the key's or account's id; null for operators and the service
 * @param role the role it had then
 */
public record Actor(ActorType type, String id, String name, ApiRole role) {
  public Actor {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(role, "role");
  }

  public static Actor of(Caller caller) {
    return new Actor(
        caller.actorType(),
        caller.actorId() == null ? null : caller.actorId().toString(),
        caller.name(),
        caller.role());
  }
}
