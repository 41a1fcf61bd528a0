package dev.concierge.core.categories;

import dev.concierge.core.model.Metadata;

/** What creating a date category takes. */
public record NewDateCategory(String categoryName, String icon, String color, Metadata schema) {}
