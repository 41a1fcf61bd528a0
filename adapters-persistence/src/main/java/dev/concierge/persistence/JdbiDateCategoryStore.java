package dev.concierge.persistence;

import dev.concierge.core.categories.DateCategory;
import dev.concierge.core.categories.DateCategoryStore;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/** Date categories in PostgreSQL. Thread-safe. */
public final class JdbiDateCategoryStore implements DateCategoryStore {
  /** The columns of a {@link DateCategory}, named as its components for {@link #CATEGORY}. */
  static final String COLUMNS =
      """
      category_id, org_id, category_name, icon, color, schema_jsonb as schema, created_at,
      updated_at
      """;

  static final RowMapper<DateCategory> CATEGORY = ConstructorMapper.of(DateCategory.class);

  private final Jdbi jdbi;

  public JdbiDateCategoryStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Optional<DateCategory> find(UUID orgId, UUID categoryId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "select "
                        + COLUMNS
                        + " from date_categories where org_id = :orgId and category_id = :id")
                .bind("orgId", orgId)
                .bind("id", categoryId)
                .map(CATEGORY)
                .findOne());
  }

  @Override
  public Page<DateCategory> list(UUID orgId, PageRequest page) {
    return jdbi.withHandle(
        handle ->
            Paging.page(
                handle,
                COLUMNS,
                "from date_categories where org_id = :orgId",
                "lower(category_name), category_id",
                Map.of("orgId", orgId),
                CATEGORY,
                page));
  }

  @Override
  public DateCategory save(DateCategory category) {
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
                            values (:categoryId, :orgId, :categoryName, :icon, :color, :schema)
                            on conflict (category_id) do update set
                              category_name = excluded.category_name,
                              icon = excluded.icon,
                              color = excluded.color,
                              schema_jsonb = excluded.schema_jsonb
                            where date_categories.org_id = excluded.org_id
                            returning
                            """
                                + COLUMNS)
                        .bindMethods(category)
                        .map(CATEGORY)
                        .findOne()
                        .orElseThrow(
                            () -> new NotFoundException("date category", category.categoryId()))));
  }

  @Override
  public boolean delete(UUID orgId, UUID categoryId) {
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
}
