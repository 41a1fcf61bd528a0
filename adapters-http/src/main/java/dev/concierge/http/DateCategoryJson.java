package dev.concierge.http;

import dev.concierge.core.categories.DateCategory;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A date category as the API shows it. */
record DateCategoryJson(
    UUID categoryId,
    UUID orgId,
    String categoryName,
    String icon,
    String color,
    Map<String, Object> schemaJsonb,
    Instant createdAt,
    Instant updatedAt) {

  static DateCategoryJson of(DateCategory c) {
    return new DateCategoryJson(
        c.categoryId(),
        c.orgId(),
        c.categoryName(),
        c.icon(),
        c.color(),
        c.schema().values(),
        c.createdAt(),
        c.updatedAt());
  }
}
