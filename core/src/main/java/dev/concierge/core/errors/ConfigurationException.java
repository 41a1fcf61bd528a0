package dev.concierge.core.errors;

/** A setting (environment variable, option) cannot be used as given. */
public class ConfigurationException extends ConciergeException {
  private static final long serialVersionUID = 1L;

  public ConfigurationException(String message) {
    super(message);
  }

  public ConfigurationException(String message, Throwable cause) {
    super(message, cause);
  }
}
