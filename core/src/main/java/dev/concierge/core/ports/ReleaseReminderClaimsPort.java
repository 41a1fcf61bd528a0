package dev.concierge.core.ports;

/** Gives back a dispatcher's unfinished claims (on shutdown) so others can take them at once. */
public interface ReleaseReminderClaimsPort {
  int releaseReminderClaims(String dispatcherId);
}
