package dev.concierge.core.categories;

import dev.concierge.core.model.Metadata;
import dev.concierge.core.model.WireName;

/** What creating a date category takes. */
public record NewDateCategory(
    String categoryName, String icon, String color, @WireName("schema_jsonb") Metadata schema) {}
