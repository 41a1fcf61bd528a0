package dev.concierge.core.errors;

/**
 * A dependency the platform cannot work without (the database) is unreachable right now. Retrying
 * later may succeed; nothing about the request itself is wrong.
 */
public class UnavailableException extends ConciergeException {
  private static final long serialVersionUID = 1L;

  public UnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
