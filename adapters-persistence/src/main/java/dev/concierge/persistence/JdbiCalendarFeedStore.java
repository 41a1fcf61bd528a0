package dev.concierge.persistence;

import dev.concierge.core.calendar.CalendarFeed;
import dev.concierge.core.calendar.CalendarFeedStore;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/** Calendar feeds in PostgreSQL: the hash of each secret, never the secret. Thread-safe. */
public final class JdbiCalendarFeedStore implements CalendarFeedStore {
  /** The columns of a {@link CalendarFeed}, named as its components for {@link #FEED}. */
  private static final String COLUMNS =
      "calendar_feed_id, org_id, person_id, token_hash, created_by, created_at, revoked_at";

  private static final RowMapper<CalendarFeed> FEED = ConstructorMapper.of(CalendarFeed.class);

  private final Jdbi jdbi;

  public JdbiCalendarFeedStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Optional<CalendarFeed> findLive(String tokenHash) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "select "
                        + COLUMNS
                        + " from calendar_feeds where token_hash = :hash and revoked_at is null")
                .bind("hash", tokenHash)
                .map(FEED)
                .findOne());
  }

  @Override
  public List<CalendarFeed> list(UUID orgId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "select "
                        + COLUMNS
                        + " from calendar_feeds where org_id = :orgId"
                        + " order by created_at, calendar_feed_id")
                .bind("orgId", orgId)
                .map(FEED)
                .list());
  }

  @Override
  public CalendarFeed add(CalendarFeed feed) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    """
                    insert into calendar_feeds (calendar_feed_id, org_id, person_id, token_hash,
                                                created_by)
                    values (:calendarFeedId, :orgId, :personId, :tokenHash, :createdBy)
                    returning
                    """
                        + COLUMNS)
                .bindMethods(feed)
                .map(FEED)
                .one());
  }

  @Override
  public Optional<CalendarFeed> revoke(UUID orgId, UUID calendarFeedId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "update calendar_feeds set revoked_at = coalesce(revoked_at, now())"
                        + " where org_id = :orgId and calendar_feed_id = :id returning "
                        + COLUMNS)
                .bind("orgId", orgId)
                .bind("id", calendarFeedId)
                .map(FEED)
                .findOne());
  }
}
