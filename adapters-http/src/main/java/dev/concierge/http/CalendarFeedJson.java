package dev.concierge.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.concierge.core.calendar.CalendarFeed;
import java.time.Instant;
import java.util.UUID;

/**
 * A calendar feed on the wire: never its hash; {@code url}, which holds the secret, only in the
 * answer that created it.
 */
record CalendarFeedJson(
    UUID feed_id,
    UUID org_id,
    UUID person_id,
    String scope,
    String created_by,
    Instant created_at,
    Instant revoked_at,
    @JsonInclude(JsonInclude.Include.NON_NULL) String url) {

  static CalendarFeedJson of(CalendarFeed feed, String url) {
    return new CalendarFeedJson(
        feed.calendarFeedId(),
        feed.orgId(),
        feed.personId(),
        feed.wholeOrganization() ? "organization" : "person",
        feed.createdBy(),
        feed.createdAt(),
        feed.revokedAt(),
        url);
  }
}
