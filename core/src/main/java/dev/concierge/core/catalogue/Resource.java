package dev.concierge.core.catalogue;

import dev.concierge.core.model.Metadata;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A vetted entry of the catalogue: a vendor, venue, restaurant or product. What only some kinds
 * have (cuisine, capacity, brand) lives in {@code attributes}.
 */
public record Resource(
    UUID resourceId,
    UUID orgId,
    ResourceType resourceType,
    String name,
    String category,
    String description,
    String address,
    String city,
    String website,
    String phone,
    String email,
    Integer priceLevel,
    BigDecimal rating,
    List<String> tags,
    boolean vetted,
    Instant vettedAt,
    String notes,
    Metadata attributes,
    Instant createdAt,
    Instant updatedAt) {

  public Resource {
    Objects.requireNonNull(resourceId, "resourceId");
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(resourceType, "resourceType");
    Objects.requireNonNull(name, "name");
    tags = tags == null ? List.of() : List.copyOf(tags);
    attributes = attributes == null ? Metadata.EMPTY : attributes;
  }
}
