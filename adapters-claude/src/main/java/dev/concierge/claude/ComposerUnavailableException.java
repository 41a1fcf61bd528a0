package dev.concierge.claude;

import dev.concierge.core.errors.UnavailableException;

/**
 * Claude could not word a reminder right now: it failed, was too slow, or answered with nothing
 * usable. The dispatcher reacts by falling back to the template, so callers never need the SDK's
 * own exception types. Messages never carry the API key.
 */
public class ComposerUnavailableException extends UnavailableException {
  private static final long serialVersionUID = 1L;

  public ComposerUnavailableException(String message) {
    super(message, null);
  }

  public ComposerUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
