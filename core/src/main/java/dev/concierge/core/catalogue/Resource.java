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

  /**
   * A new entry of the organization's catalogue, of {@code type}, as {@code input} gives it
   * (validated beforehand): not vetted unless it says, its name without surrounding blanks.
   */
  public static Resource of(UUID orgId, ResourceType type, NewResource input) {
    return new Resource(
        UUID.randomUUID(),
        orgId,
        type,
        input.name().strip(),
        input.category(),
        input.description(),
        input.address(),
        input.city(),
        input.website(),
        input.phone(),
        input.email(),
        input.priceLevel(),
        input.rating(),
        input.tags(),
        Boolean.TRUE.equals(input.vetted()),
        null,
        input.notes(),
        input.attributes(),
        null,
        null);
  }

  /**
   * This entry with the fields of {@code fields} (validated beforehand), its name without
   * surrounding blanks; what the store keeps (id, type, vetting time, times) stays.
   */
  public Resource changedTo(NewResource fields) {
    return new Resource(
        resourceId,
        orgId,
        resourceType,
        fields.name().strip(),
        fields.category(),
        fields.description(),
        fields.address(),
        fields.city(),
        fields.website(),
        fields.phone(),
        fields.email(),
        fields.priceLevel(),
        fields.rating(),
        fields.tags(),
        Boolean.TRUE.equals(fields.vetted()),
        vettedAt,
        fields.notes(),
        fields.attributes(),
        createdAt,
        updatedAt);
  }

  /** This entry as a store keeps it, vetted, created and changed at the times given. */
  public Resource stored(Instant vettedAt, Instant createdAt, Instant updatedAt) {
    return new Resource(
        resourceId,
        orgId,
        resourceType,
        name,
        category,
        description,
        address,
        city,
        website,
        phone,
        email,
        priceLevel,
        rating,
        tags,
        vetted,
        vettedAt,
        notes,
        attributes,
        createdAt,
        updatedAt);
  }
}
