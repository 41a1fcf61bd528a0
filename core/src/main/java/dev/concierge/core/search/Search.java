package dev.concierge.core.search;

import dev.concierge.core.access.Caller;
import java.util.List;

/** Use case: look through everything an organization keeps for a few words, every role may. */
public final class Search {
  private final SearchIndex index;

  public Search(SearchIndex index) {
    this.index = index;
  }

  public List<SearchHit> find(Caller caller, SearchQuery query) {
    return index.find(caller.orgId(), query);
  }
}
