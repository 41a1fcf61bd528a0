package dev.concierge.web.view;

import dev.concierge.core.audit.AuditAction;
import dev.concierge.core.audit.AuditCursor;
import dev.concierge.core.audit.AuditEntry;
import dev.concierge.core.audit.EntityType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A page of the audit log, newest first, with the filters that chose it.
 *
 * @param actors who the actor filter offers
 * @param older whether this page is not the newest (the page links back to it)
 * @param next where the following, older page starts; null when this one holds the oldest
 * @param zone the organization's, in which entries are dated
 */
public record AuditLogView(
    List<AuditEntry> entries,
    FormState filters,
    List<Actor> actors,
    boolean older,
    AuditCursor next,
    ZoneId zone) {

  /** One choice of the actor filter: {@code account:<id>}, {@code api_key:<id>} or a type. */
  public record Actor(String value, String label) {}

  private static final Map<EntityType, String> PAGES =
      Map.of(
          EntityType.PERSON, "/clients/",
          EntityType.REMINDER, "/reminders/",
          EntityType.PROJECT, "/projects/",
          EntityType.CONVERSATION, "/conversations/");

  public AuditLogView {
    entries = List.copyOf(entries);
    actors = List.copyOf(actors);
  }

  public static List<String> actions() {
    return Arrays.stream(AuditAction.values()).map(AuditAction::wireName).toList();
  }

  public static List<String> entityTypes() {
    return Arrays.stream(EntityType.values()).map(EntityType::wireName).toList();
  }

  /** The page of an entry's entity, when the portal has one; null otherwise. */
  public static String entityPage(AuditEntry entry) {
    if (entry.entityId() == null || entry.action() == AuditAction.DELETE) {
      return null;
    }
    if (entry.entityType() == EntityType.DATE_ITEM) {
      return "/dates/" + entry.entityId() + "/edit";
    }
    String base = PAGES.get(entry.entityType());
    return base == null ? null : base + entry.entityId();
  }

  /** The next, older page with the same filters. */
  public String nextLink() {
    String newest = newestLink();
    return newest
        + (newest.contains("?") ? "&" : "?")
        + "after="
        + URLEncoder.encode(next.token(), StandardCharsets.UTF_8);
  }

  /** The newest page with the same filters. */
  public String newestLink() {
    String query =
        filters.values().entrySet().stream()
            .filter(e -> !e.getValue().isEmpty())
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return "/admin/audit-log" + (query.isEmpty() ? "" : "?" + query);
  }
}
