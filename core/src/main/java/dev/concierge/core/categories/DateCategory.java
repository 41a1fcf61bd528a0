package dev.concierge.core.categories;

import dev.concierge.core.model.Metadata;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A kind of important date (Birthday, Club Renewal, ...). {@code schema} optionally describes the
 * metadata of the date items filed under it.
 */
public record DateCategory(
    UUID categoryId,
    UUID orgId,
    String categoryName,
    String icon,
    String color,
    Metadata schema,
    Instant createdAt,
    Instant updatedAt) {

  public DateCategory {
    Objects.requireNonNull(categoryId, "categoryId");
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(categoryName, "categoryName");
    schema = schema == null ? Metadata.EMPTY : schema;
  }

  /** This category with the fields a change may set, as they are after it. */
  public DateCategory changed(String categoryName, String icon, String color, Metadata schema) {
    return new DateCategory(
        categoryId, orgId, categoryName, icon, color, schema, createdAt, updatedAt);
  }

  /**
   * This category as a store keeps it: created at {@code createdAt}, changed at {@code updatedAt}.
   */
  public DateCategory stored(Instant createdAt, Instant updatedAt) {
    return new DateCategory(
        categoryId, orgId, categoryName, icon, color, schema, createdAt, updatedAt);
  }
}
