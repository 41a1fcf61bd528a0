package dev.concierge.http;

import dev.concierge.core.catalogue.Resource;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A catalogue entry (vendor, venue, restaurant or product) as the API shows it. */
record ResourceJson(
    UUID resourceId,
    UUID orgId,
    String resourceType,
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
    boolean isVetted,
    Instant vettedAt,
    String notes,
    Map<String, Object> attributesJsonb,
    Instant createdAt,
    Instant updatedAt) {

  static ResourceJson of(Resource r) {
    return new ResourceJson(
        r.resourceId(),
        r.orgId(),
        r.resourceType().wireName(),
        r.name(),
        r.category(),
        r.description(),
        r.address(),
        r.city(),
        r.website(),
        r.phone(),
        r.email(),
        r.priceLevel(),
        r.rating(),
        r.tags(),
        r.vetted(),
        r.vettedAt(),
        r.notes(),
        r.attributes().values(),
        r.createdAt(),
        r.updatedAt());
  }
}
