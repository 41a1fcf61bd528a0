package dev.concierge.core.errors;

/** No credential, or one that is unknown, malformed or revoked. Never says which. */
public class UnauthenticatedException extends ConciergeException {
  private static final long serialVersionUID = 1L;

  public UnauthenticatedException(String message) {
    super(message);
  }
}
