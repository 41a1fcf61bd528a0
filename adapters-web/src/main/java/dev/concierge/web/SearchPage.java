package dev.concierge.web;

import dev.concierge.core.UseCases;
import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.search.SearchQuery;
import dev.concierge.core.search.SearchType;
import dev.concierge.web.view.FormState;
import dev.concierge.web.view.SearchView;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Search across everything (every role, as searchEverything): the API's use case, each hit linked
 * to the page that shows it and its found words marked, so a desk can go from "the Aspen trip" to
 * the project without knowing whose it is.
 */
final class SearchPage {
  /** One screen of hits: more is a sign the words should be narrowed, not paged through. */
  static final int HITS = 50;

  private static final List<String> FIELDS = List.of("q", "type");

  private final UseCases api;

  SearchPage(UseCases api) {
    this.api = api;
  }

  List<PortalRoute> routes() {
    return List.of(PortalRoute.get("/search", Access.READ, this::show));
  }

  private void show(Visit visit) {
    Map<String, String> typed = new LinkedHashMap<>();
    for (String field : FIELDS) {
      String value = visit.query(field);
      typed.put(field, value == null ? "" : value.strip());
    }
    FormState form = FormState.of(typed, Set.copyOf(FIELDS));
    if (typed.get("q").isEmpty()) {
      visit.page("search.jte", "Search", "search", SearchView.notYet(form));
      return;
    }
    try {
      SearchQuery query = SearchQuery.of(typed.get("q"), null, only(typed.get("type")), HITS);
      visit.page(
          "search.jte",
          "Search: " + typed.get("q"),
          "search",
          SearchView.found(form, api.search().find(visit.caller(), query), HITS));
    } catch (ValidationException e) {
      visit.page(
          "search.jte",
          "Search",
          "search",
          SearchView.notYet(form.refused(e.errors())),
          HttpStatus.BAD_REQUEST);
    }
  }

  /** The one kind picked, or every kind. */
  private static Set<SearchType> only(String kind) {
    if (kind.isEmpty()) {
      return Set.of();
    }
    return Set.of(
        SearchType.fromWireName(kind)
            .orElseThrow(() -> new ValidationException("type", "is not one of the kinds listed")));
  }
}
