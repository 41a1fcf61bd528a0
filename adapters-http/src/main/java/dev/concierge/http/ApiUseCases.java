package dev.concierge.http;

import dev.concierge.core.access.ApiKeys;
import dev.concierge.core.categories.DateCategories;
import dev.concierge.core.persons.PersonDirectory;
import java.util.Objects;

/** The use cases /api/v1 exposes, handed over by the composition root. */
public record ApiUseCases(ApiKeys apiKeys, PersonDirectory persons, DateCategories categories) {
  public ApiUseCases {
    Objects.requireNonNull(apiKeys, "apiKeys");
    Objects.requireNonNull(persons, "persons");
    Objects.requireNonNull(categories, "categories");
  }
}
