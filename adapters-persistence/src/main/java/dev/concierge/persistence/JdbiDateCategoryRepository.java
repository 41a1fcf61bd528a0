package dev.concierge.persistence;

import dev.concierge.core.categories.DateCategory;
import dev.concierge.core.categories.DateCategoryStore;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** Date categories in PostgreSQL. Thread-safe. */
public final class JdbiDateCategoryRepository implements DateCategoryStore {
  private static final String COLUMNS =
      "category_id, org_id, category_name, icon, color, schema_jsonb, created_at, updated_at";

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

  @Override
  public Optional<DateCategory> loadDateCategory(UUID orgId, UUID categoryId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "select "
                        + COLUMNS
                        + " from date_categories where org_id = :orgId and category_id = :id")
                .bind("orgId", orgId)
                .bind("id", categoryId)
                .map((rs, ctx) -> map(rs))
                .findOne());
  }

  @Override
  public Page<DateCategory> listDateCategories(UUID orgId, PageRequest page) {
    return jdbi.withHandle(
        handle ->
            Paging.page(
                handle,
                COLUMNS,
                "from date_categories where org_id = :orgId",
                "lower(category_name), category_id",
                Map.of("orgId", orgId),
                (rs, ctx) -> map(rs),
                page));
  }

  @Override
  public DateCategory saveDateCategory(DateCategory category) {
    return SqlErrors.translate(
        "A date category named \"" + category.categoryName() + "\" already exists.",
        () ->
            jdbi.withHandle(
                handle ->
                    handle
                        .createQuery(
                            """
                            insert into date_categories (category_id, org_id, category_name, icon,
                                                         color, schema_jsonb)
                            values (:id, :orgId, :name, :icon, :color, cast(:schema as jsonb))
                            on conflict (category_id) do update set
                              category_name = excluded.category_name,
                              icon = excluded.icon,
                              color = excluded.color,
                              schema_jsonb = excluded.schema_jsonb
                            where date_categories.org_id = excluded.org_id
                            returning
                            """
                                + COLUMNS)
                        .bind("id", category.categoryId())
                        .bind("orgId", category.orgId())
                        .bind("name", category.categoryName())
                        .bind("icon", category.icon())
                        .bind("color", category.color())
                        .bind("schema", JsonColumns.write(category.schema()))
                        .map((rs, ctx) -> map(rs))
                        .findOne()
                        .orElseThrow(
                            () -> new NotFoundException("date category", category.categoryId()))));
  }

  @Override
  public boolean deleteDateCategory(UUID orgId, UUID categoryId) {
    return SqlErrors.translate(
        "The date category cannot be deleted.",
        () ->
            jdbi.withHandle(
                    handle ->
                        handle
                            .createUpdate(
                                "delete from date_categories"
                                    + " where org_id = :orgId and category_id = :id")
                            .bind("orgId", orgId)
                            .bind("id", categoryId)
                            .execute())
                == 1);
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
