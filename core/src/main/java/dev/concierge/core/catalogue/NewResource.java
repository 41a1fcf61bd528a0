package dev.concierge.core.catalogue;

import dev.concierge.core.model.Metadata;
import dev.concierge.core.model.WireName;
import java.math.BigDecimal;
import java.util.List;

/** What adding a catalogue entry takes; its type is the collection it is added to. */
public record NewResource(
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
    @WireName("is_vetted") Boolean vetted,
    String notes,
    @WireName("attributes_jsonb") Metadata attributes) {

  /** An entry with a name and nothing else. */
  public static NewResource named(String name) {
    return new NewResource(
        name, null, null, null, null, null, null, null, null, null, null, null, null, null);
  }
}
