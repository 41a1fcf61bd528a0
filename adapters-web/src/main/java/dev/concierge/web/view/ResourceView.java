package dev.concierge.web.view;

import dev.concierge.core.catalogue.RecommendationStatus;
import dev.concierge.core.catalogue.Resource;
import dev.concierge.core.catalogue.ResourceType;
import dev.concierge.core.catalogue.WebAddress;
import dev.concierge.core.persons.Person;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One catalogue entry on a page of its own, with the form that recommends it to a client.
 *
 * @param recommendation the recommend form as typed (blank at first)
 * @param candidates the clients a name typed in it matched, when it matched more than one
 */
public record ResourceView(Resource resource, FormState recommendation, List<Person> candidates) {
  /** The fields of the recommend form that show their errors beside them. */
  public static final Set<String> RECOMMEND_FIELDS =
      Set.of("client", "notes", "status", "title", "project");

  /** Names by their letters, case aside; names that differ only in case in a fixed order. */
  private static final Comparator<String> ATTRIBUTE_ORDER =
      String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());

  public ResourceView {
    candidates = List.copyOf(candidates);
  }

  /** The entry with a blank recommend form, its status the API's default. */
  public static ResourceView of(Resource resource) {
    return new ResourceView(
        resource,
        FormState.of(Map.of("status", RecommendationStatus.SUGGESTED.wireName()), RECOMMEND_FIELDS),
        List.of());
  }

  public static List<RecommendationStatus> statuses() {
    return Arrays.asList(RecommendationStatus.values());
  }

  public String href() {
    return href(resource.resourceType(), resource.resourceId().toString());
  }

  public static String href(ResourceType type, String resourceId) {
    return "/catalogue/" + type.wireName() + "/" + resourceId;
  }

  public String kind() {
    return Show.sentence(resource.resourceType().wireName());
  }

  public String kindsPage() {
    return "/catalogue?kind=" + resource.resourceType().wireName();
  }

  /** "$$$" for a price level of 3 of 4, as guides write it; null when unknown. */
  public static String price(Integer level) {
    return level == null ? null : "$".repeat(level);
  }

  /** "4.5 / 5", or null when unrated. */
  public static String rating(BigDecimal rating) {
    return rating == null ? null : rating.stripTrailingZeros().toPlainString() + " / 5";
  }

  /**
   * A website as a link only when it keeps the catalogue's rule: an entry saved before the rule may
   * hold a {@code javascript:} address, which must never become a link (it is shown as text).
   */
  public String websiteLink() {
    String website = resource.website() == null ? null : resource.website().strip();
    return WebAddress.isWebPage(website) ? website : null;
  }

  /**
   * What only some kinds have (cuisine, capacity, brand), as words, in {@link #inAttributeOrder}.
   */
  public List<Map.Entry<String, String>> attributes() {
    return inAttributeOrder(resource.attributes().values()).entrySet().stream()
        .map(a -> Map.entry(Show.sentence(a.getKey()), inWords(a.getValue())))
        .toList();
  }

  /**
   * An attribute's value as a reader takes it: yes or no, a list by commas, an object's entries by
   * name, nothing as a dash — not as Java or JSON would print it ({@code {monday=closed}}).
   */
  static String inWords(Object value) {
    if (value == null) {
      return "—";
    }
    if (value instanceof Boolean yes) {
      return yes ? "yes" : "no";
    }
    if (value instanceof Collection<?> list) {
      return list.stream().map(ResourceView::inWords).collect(Collectors.joining(", "));
    }
    if (value instanceof Map<?, ?> object) {
      Map<String, Object> entries = new LinkedHashMap<>();
      object.forEach((name, inner) -> entries.put(String.valueOf(name), inner));
      return inAttributeOrder(entries).entrySet().stream()
          .map(e -> e.getKey() + ": " + inWords(e.getValue()))
          .collect(Collectors.joining("; "));
    }
    return value.toString();
  }

  /**
   * The attributes as the page shows them and the edit form lists them: by name, case aside (jsonb
   * gives an object's keys by their length, an order nobody typed).
   */
  public static <V> SortedMap<String, V> inAttributeOrder(Map<String, V> attributes) {
    SortedMap<String, V> sorted = new TreeMap<>(ATTRIBUTE_ORDER);
    sorted.putAll(attributes);
    return sorted;
  }
}
