package dev.concierge.core.catalogue;

import dev.concierge.core.model.FieldChange;
import dev.concierge.core.model.Metadata;
import dev.concierge.core.model.WireName;
import java.math.BigDecimal;
import java.util.List;

/** A partial update of a catalogue entry. */
public record ResourceChanges(
    FieldChange<String> name,
    FieldChange<String> category,
    FieldChange<String> description,
    FieldChange<String> address,
    FieldChange<String> city,
    FieldChange<String> website,
    FieldChange<String> phone,
    FieldChange<String> email,
    FieldChange<Integer> priceLevel,
    FieldChange<BigDecimal> rating,
    FieldChange<List<String>> tags,
    @WireName("is_vetted") FieldChange<Boolean> vetted,
    FieldChange<String> notes,
    @WireName("attributes_jsonb") FieldChange<Metadata> attributes) {

  /** Every field of {@code current} with these changes applied: what the entry is to become. */
  public NewResource applyTo(Resource current) {
    return new NewResource(
        name.applyTo(current.name()),
        category.applyTo(current.category()),
        description.applyTo(current.description()),
        address.applyTo(current.address()),
        city.applyTo(current.city()),
        website.applyTo(current.website()),
        phone.applyTo(current.phone()),
        email.applyTo(current.email()),
        priceLevel.applyTo(current.priceLevel()),
        rating.applyTo(current.rating()),
        tags.applyTo(current.tags()),
        vetted.applyTo(current.vetted()),
        notes.applyTo(current.notes()),
        attributes.applyTo(current.attributes()));
  }
}
