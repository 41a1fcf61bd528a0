package dev.concierge.core.categories;

import dev.concierge.core.model.FieldChange;
import dev.concierge.core.model.Metadata;
import dev.concierge.core.model.WireName;

/** A partial update of a date category. */
public record DateCategoryChanges(
    FieldChange<String> categoryName,
    FieldChange<String> icon,
    FieldChange<String> color,
    @WireName("schema_jsonb") FieldChange<Metadata> schema) {}
