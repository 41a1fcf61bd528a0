package dev.concierge.core.errors;

/** The request is well formed but contradicts the current state (already sent, still in use). */
public class ConflictException extends ConciergeException {
  private static final long serialVersionUID = 1L;

  public ConflictException(String message) {
    super(message);
  }
}
