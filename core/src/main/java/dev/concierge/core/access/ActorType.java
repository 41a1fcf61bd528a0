package dev.concierge.core.access;

import java.util.Locale;

/**
 * What kind of actor made a request: a machine's API key, a staff member's account (signed in), an
 * operator at the command line, the service itself (workers), or an AI agent. Recorded with every
 * write; wire names are the lower-case constants.
 */
public enum ActorType {
  API_KEY,
  ACCOUNT,
  CLI,
  SYSTEM,
  AGENT;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
