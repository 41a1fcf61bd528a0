package dev.concierge.core.errors;

/**
 * Root of every failure the platform expects and names. Adapters translate subclasses to their own
 * vocabulary: HTTP problems, CLI exit codes.
 */
public class ConciergeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConciergeException(String message) {
    super(message);
  }

  public ConciergeException(String message, Throwable cause) {
    super(message, cause);
  }
}
