package dev.concierge.core.errors;

/** The caller is known but its role or organization does not allow this. */
public class ForbiddenException extends ConciergeException {
  private static final long serialVersionUID = 1L;

  public ForbiddenException(String message) {
    super(message);
  }
}
