package dev.concierge.persistence;

import dev.concierge.core.model.DateCategory;
import dev.concierge.core.ports.LoadDateCategoriesPort;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** Date categories in PostgreSQL. Thread-safe. */
public final class JdbiDateCategoryRepository implements LoadDateCategoriesPort {
  private final Jdbi jdbi;

  public JdbiDateCategoryRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public List<DateCategory> loadDateCategories(UUID orgId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    """
                    select category_id, org_id, category_name, icon, color, schema_jsonb,
                           created_at, updated_at
                    from date_categories where org_id = :orgId
                    order by lower(category_name), category_id
                    """)
                .bind("orgId", orgId)
                .map((rs, ctx) -> map(rs))
                .list());
  }

  private static DateCategory map(ResultSet rs) throws SQLException {
    return new DateCategory(
        Columns.uuid(rs, "category_id"),
        Columns.uuid(rs, "org_id"),
        rs.getString("category_name"),
        rs.getString("icon"),
        rs.getString("color"),
        JsonColumns.read(rs.getString("schema_jsonb")),
        Columns.instant(rs, "created_at"),
        Columns.instant(rs, "updated_at"));
  }
}
