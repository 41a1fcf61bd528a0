package dev.concierge.web.view;

import dev.concierge.core.search.SearchHit;
import dev.concierge.core.search.SearchType;
import java.util.ArrayList;
import java.util.List;

/**
 * The search page: the form as typed and, once searched, the hits best first.
 *
 * @param searched whether the words were looked for (a blank or refused form was not)
 * @param limit how many hits a search shows at most: as many found means there may be more
 */
public record SearchView(FormState form, List<Found> hits, boolean searched, int limit) {
  public SearchView {
    hits = List.copyOf(hits);
  }

  public static SearchView notYet(FormState form) {
    return new SearchView(form, List.of(), false, 0);
  }

  public static SearchView found(FormState form, List<SearchHit> hits, int limit) {
    return new SearchView(form, hits.stream().map(Found::of).toList(), true, limit);
  }

  public boolean mayBeMore() {
    return searched && hits.size() >= limit;
  }

  /** The kinds the form offers, by wire name, with what the page calls them. */
  public static List<Kind> kinds() {
    List<Kind> kinds = new ArrayList<>();
    for (SearchType type : SearchType.values()) {
      kinds.add(new Kind(type.wireName(), plural(type)));
    }
    return kinds;
  }

  public record Kind(String value, String label) {}

  /**
   * One hit as the page shows it.
   *
   * @param kind what it is, in words
   * @param href the portal page that shows it, or null for what no page shows
   * @param snippet the text around the found words, in runs alternately plain and found
   */
  public record Found(String kind, String title, String href, List<Run> snippet) {
    static Found of(SearchHit hit) {
      return new Found(kindOf(hit), hit.title(), hrefOf(hit), runs(hit.snippet()));
    }
  }

  /** A stretch of a snippet, {@code found} when it is one of the words looked for. */
  public record Run(String text, boolean found) {}

  private static String kindOf(SearchHit hit) {
    return switch (hit.type()) {
      case PERSON -> "Person";
      case DATE_ITEM -> "Date";
      case PROJECT -> "Project";
      case TASK -> "Task";
      case MESSAGE -> "Message";
      case RECOMMENDATION -> "Recommendation";
      case RESOURCE -> Show.sentence(hit.resourceType().wireName());
    };
  }

  private static String plural(SearchType type) {
    return switch (type) {
      case PERSON -> "People";
      case DATE_ITEM -> "Dates";
      case PROJECT -> "Projects";
      case TASK -> "Tasks";
      case MESSAGE -> "Messages";
      case RECOMMENDATION -> "Recommendations";
      case RESOURCE -> "Vendors, venues and restaurants";
    };
  }

  private static String hrefOf(SearchHit hit) {
    return switch (hit.type()) {
      case PERSON -> "/clients/" + hit.id();
      case DATE_ITEM -> "/dates/" + hit.id() + "/edit";
      case PROJECT -> "/projects/" + hit.id();
      case TASK -> "/projects/" + hit.parentId();
      case MESSAGE -> "/conversations/" + hit.parentId();
      // a recommendation is shown with the client it was made for
      case RECOMMENDATION -> hit.personId() == null ? null : "/clients/" + hit.personId();
      case RESOURCE -> ResourceView.href(hit.resourceType(), hit.id().toString());
    };
  }

  /** The search marks each found word between {@code **}: split there, escaping stays jte's. */
  static List<Run> runs(String snippet) {
    List<Run> runs = new ArrayList<>();
    if (snippet == null) {
      return runs;
    }
    String[] parts = snippet.split("\\*\\*", -1);
    for (int i = 0; i < parts.length; i++) {
      if (!parts[i].isEmpty()) {
        runs.add(new Run(parts[i], i % 2 == 1));
      }
    }
    return runs;
  }
}
