package dev.concierge.persistence;

import dev.concierge.core.calendar.CalendarImportStore;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** Which date item each imported event's UID became, in PostgreSQL. Thread-safe. */
public final class JdbiCalendarImportStore implements CalendarImportStore {
  private final Jdbi jdbi;

  public JdbiCalendarImportStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Optional<UUID> find(UUID orgId, UUID personId, String uid) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "select date_item_id from calendar_imports"
                        + " where org_id = :orgId and person_id = :personId and uid = :uid")
                .bind("orgId", orgId)
                .bind("personId", personId)
                .bind("uid", uid)
                .mapTo(UUID.class)
                .findOne());
  }

  @Override
  public void link(UUID orgId, UUID personId, String uid, UUID dateItemId) {
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate(
                    """
                    insert into calendar_imports (org_id, person_id, uid, date_item_id)
                    values (:orgId, :personId, :uid, :dateItemId)
                    on conflict (org_id, person_id, uid) do update
                      set date_item_id = excluded.date_item_id
                      where calendar_imports.date_item_id <> excluded.date_item_id
                    """)
                .bind("orgId", orgId)
                .bind("personId", personId)
                .bind("uid", uid)
                .bind("dateItemId", dateItemId)
                .execute());
  }
}
