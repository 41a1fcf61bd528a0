package dev.concierge.core.health;

import java.util.Locale;

/**
 * How a long-lived connection to a provider stands (Slack's Socket Mode): connected, trying to
 * connect again, or not configured. Wire names are the lower-case constants.
 */
public enum ConnectionState {
  CONNECTED,
  DISCONNECTED,
  OFF;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
