package dev.concierge.web.view;

import dev.concierge.core.persons.Person;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** One page of the clients directory, with the search that found it. */
public record ClientsView(
    List<Person> persons, long total, String query, String type, int page, int pageSize) {

  public int pages() {
    return (int) Math.max(1, (total + pageSize - 1) / pageSize);
  }

  public boolean hasPrevious() {
    return page > 1;
  }

  public boolean hasNext() {
    return page < pages();
  }

  /** This search on another page. */
  public String pageLink(int number) {
    return "/clients?q="
        + URLEncoder.encode(query == null ? "" : query, StandardCharsets.UTF_8)
        + "&type="
        + URLEncoder.encode(type == null ? "" : type, StandardCharsets.UTF_8)
        + "&page="
        + number;
  }
}
