package dev.concierge.web.view;

import dev.concierge.core.persons.Person;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** One page of the clients directory, with the search that found it. */
public record ClientsView(
    List<Person> persons, long total, String query, String type, int page, int pageSize)
    implements Paged {

  @Override
  public String pageLink(int number) {
    return "/clients?q="
        + URLEncoder.encode(query == null ? "" : query, StandardCharsets.UTF_8)
        + "&type="
        + URLEncoder.encode(type == null ? "" : type, StandardCharsets.UTF_8)
        + "&page="
        + number;
  }
}
