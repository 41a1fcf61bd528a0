package dev.concierge.core.ports;

import dev.concierge.core.proactive.CheckInCandidate;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The organization's clients to check in with at {@code now}: not deleted, with a date whose next
 * occurrence lies within {@code daysAhead} days of their local today, with no inbound or outbound
 * message in any of their conversations for {@code quietDays} days, and with a primary identity to
 * reach them on (Slack preferred, then email, SMS, phone, web). At most {@code limit} clients,
 * nearest dates first.
 */
public interface ListCheckInCandidatesPort {
  List<CheckInCandidate> listCheckInCandidates(
      UUID orgId, Instant now, int daysAhead, int quietDays, int limit);
}
