package dev.concierge.core.agents;

import dev.concierge.core.access.Caller;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A toolbox bound after it is handed out: the assistant's tools are the API's operations, and the
 * API is built on the use cases that need the tools, so whoever builds the API binds it here once
 * it serves. Until then there are no tools, and a user of it asks {@link #isBound()} first.
 * Thread-safe.
 */
public final class LateToolbox implements AgentToolbox {
  private final AtomicReference<AgentToolbox> bound = new AtomicReference<>();

  /**
   * @throws IllegalStateException when a toolbox is bound already: one API serves a composition
   */
  public void bind(AgentToolbox toolbox) {
    Objects.requireNonNull(toolbox, "toolbox");
    if (!bound.compareAndSet(null, toolbox)) {
      throw new IllegalStateException("the assistant's toolbox is bound already");
    }
  }

  public boolean isBound() {
    return bound.get() != null;
  }

  /**
   * @throws IllegalStateException while nothing is bound
   */
  @Override
  public AgentTools toolsFor(Caller caller, Confinement confinement) {
    AgentToolbox toolbox = bound.get();
    if (toolbox == null) {
      throw new IllegalStateException("the assistant's toolbox is not bound yet");
    }
    return toolbox.toolsFor(caller, confinement);
  }
}
