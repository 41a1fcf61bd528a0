package dev.concierge.core.errors;

import java.util.Objects;

/** The named entity does not exist, or is not visible to the caller's organization. */
public class NotFoundException extends ConciergeException {
  private static final long serialVersionUID = 1L;
  private final String entity;
  private final String id;

  public NotFoundException(String entity, Object id) {
    super(entity + " " + id + " not found");
    this.entity = Objects.requireNonNull(entity);
    this.id = String.valueOf(id);
  }

  public String entity() {
    return entity;
  }

  public String id() {
    return id;
  }
}
