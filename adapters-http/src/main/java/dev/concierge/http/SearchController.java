package dev.concierge.http;

import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.search.Search;
import dev.concierge.core.search.SearchQuery;
import dev.concierge.core.search.SearchType;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** /api/v1/search: everything an organization keeps, looked through for a few words. */
final class SearchController {
  private static final String TYPES =
      Arrays.stream(SearchType.values())
          .map(SearchType::wireName)
          .collect(Collectors.joining(", "));

  private final Search search;

  SearchController(Search search) {
    this.search = search;
  }

  List<Operation> operations() {
    return List.of(Operation.get("/api/v1/search", "searchEverything", Access.READ, this::search));
  }

  private void search(Context ctx) {
    SearchQuery query =
        SearchQuery.of(
            Params.query(ctx, "q"),
            Params.queryUuid(ctx, "person_id"),
            types(ctx),
            Params.queryInt(ctx, "limit"));
    ctx.json(
        search.find(Authentication.caller(ctx), query).stream().map(SearchHitJson::of).toList());
  }

  /** A comma-separated list of kinds; absent, every kind. */
  private static Set<SearchType> types(Context ctx) {
    String value = Params.query(ctx, "types");
    if (value == null) {
      return null;
    }
    Set<SearchType> types = EnumSet.noneOf(SearchType.class);
    for (String name : value.split(",", -1)) {
      types.add(
          SearchType.fromWireName(name.strip())
              .orElseThrow(
                  () ->
                      new ValidationException(
                          "types", "must be a comma-separated list of " + TYPES)));
    }
    return types;
  }
}
