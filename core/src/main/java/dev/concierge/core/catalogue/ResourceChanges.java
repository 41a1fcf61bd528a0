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
    @WireName("attributes_jsonb") FieldChange<Metadata> attributes) {}
