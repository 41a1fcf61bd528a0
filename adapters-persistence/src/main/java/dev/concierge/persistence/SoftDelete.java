package dev.concierge.persistence;

import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * Soft-deletes a row together with the rows kept under it (a project's tasks, a conversation's
 * messages), all at the same instant, in one statement: no reader sees the parent gone and its
 * children still there.
 */
final class SoftDelete {
  private SoftDelete() {}

  /**
   * @param parent the parent's table, whose key column {@code key} the children's rows name too
   * @return false when the organization has no such live row
   */
  static boolean withChildren(
      Jdbi jdbi, String parent, String key, String children, UUID orgId, UUID id) {
    String sql =
        """
        with deleted as (
          update %1$s set deleted_at = now()
          where org_id = :orgId and %2$s = :id and deleted_at is null
          returning %2$s, deleted_at),
        its_children as (
          update %3$s c set deleted_at = d.deleted_at
          from deleted d
          where c.org_id = :orgId and c.%2$s = d.%2$s and c.deleted_at is null)
        select count(*) from deleted
        """
            .formatted(parent, key, children);
    return jdbi.withHandle(
            handle ->
                handle
                    .createQuery(sql)
                    .bind("orgId", orgId)
                    .bind("id", id)
                    .mapTo(Integer.class)
                    .one())
        == 1;
  }
}
