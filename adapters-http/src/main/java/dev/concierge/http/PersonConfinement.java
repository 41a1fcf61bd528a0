package dev.concierge.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concierge.core.agents.Confinement;
import dev.concierge.core.agents.ToolOutcome;
import dev.concierge.core.agents.llm.ToolDefinition;
import dev.concierge.core.errors.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What a run confined to some people ({@link Confinement}) may call, and the check of each call.
 *
 * <p>An operation is tied to a person by its inputs: one that names a person ({@link
 * #PERSON_FIELDS}) or an entity that belongs to one ({@link #OWNERS}: a date item, a reminder, a
 * project and its tasks, a conversation and its messages, a recommendation), in its path, its query
 * or its body. A confined run is offered only such operations, plus the reads of reference data
 * every client may see (the date categories and the catalogue). Everything else (listing every
 * person, creating one, the catalogue's writes, accounts, keys, the organization, the audit log,
 * and any operation added later that names no person) is not offered at all: it fails closed.
 *
 * <p>A call must then name at least one person or owned entity, and every one it names must be, or
 * belong to, one of the run's people. What an id belongs to is asked of the API itself, in process
 * and as the same caller, before the call runs: the entity's own GET answers its {@code person_id}
 * (another organization's id is not found there, as it would be by the call). Ids deeper in a body
 * need no check of their own: the API holds them to the call's person (a reminder's comm identity
 * must be the reminded person's, a recommendation's project that person's).
 */
final class PersonConfinement {
  static final Set<String> PERSON_FIELDS =
      Set.of("person_id", "related_person_id", "sender_person_id");

  /** Each owned entity's id, and the operation that answers the entity with its person_id. */
  static final Map<String, String> OWNERS =
      Map.of(
          "date_item_id", "getDateItem",
          "reminder_rule_id", "getReminder",
          "project_id", "getProject",
          "conversation_id", "getConversation",
          "recommendation_id", "getRecommendation");

  /** Reference data: what every client may read, tied to no person. */
  static final List<String> REFERENCE_PATHS =
      List.of(
          "/api/v1/date-categories",
          "/api/v1/vendors",
          "/api/v1/venues",
          "/api/v1/restaurants",
          "/api/v1/products");

  static final String OUTSIDE = "This conversation may only reach the people it is about.";

  /** Reads an owned entity's person: the owner operation's answer for the id, as the caller. */
  @FunctionalInterface
  interface Owners {
    /**
     * @return the owner's JSON, or the refusal the API gave for the id
     */
    Owner find(String operationId, String idName, String id);
  }

  /** One of: the entity's JSON, or why it could not be read. */
  record Owner(JsonNode entity, ToolOutcome.Refused refused) {}

  private final Confinement confinement;
  private final Owners owners;

  PersonConfinement(Confinement confinement, Owners owners) {
    this.confinement = confinement;
    this.owners = owners;
  }

  /** Whether a confined run may be offered the operation. */
  static boolean offers(String method, String path, Map<String, Object> inputSchema) {
    return isReferenceRead(method, path) || !anchors(inputSchema).isEmpty();
  }

  private static boolean isReferenceRead(String method, String path) {
    return method.equals("GET")
        && REFERENCE_PATHS.stream()
            .anyMatch(root -> path.equals(root) || path.startsWith(root + "/"));
  }

  /** The inputs of a schema that tie a call to a person, in the schema's order. */
  static List<String> anchors(Map<String, Object> inputSchema) {
    List<String> anchors = new ArrayList<>();
    if (inputSchema.get("properties") instanceof Map<?, ?> properties) {
      for (Object name : properties.keySet()) {
        if (PERSON_FIELDS.contains(name) || OWNERS.containsKey(name)) {
          anchors.add((String) name);
        }
      }
    }
    return anchors;
  }

  /** The tool as a confined run sees it: one whose anchors are all optional says it needs one. */
  static ToolDefinition asOffered(String method, String path, ToolDefinition definition) {
    List<String> anchors = anchors(definition.inputSchema());
    List<?> required =
        definition.inputSchema().get("required") instanceof List<?> names ? names : List.of();
    if (isReferenceRead(method, path) || anchors.stream().anyMatch(required::contains)) {
      return definition;
    }
    return new ToolDefinition(
        definition.name(),
        definition.description()
            + "\n\nIn this conversation give "
            + String.join(" or ", anchors)
            + ": it may only reach the people it is about.",
        definition.inputSchema());
  }

  /**
   * Why the call reaches outside the run's people, or null when it does not.
   *
   * @param input the call's input, already held to the tool's schema
   */
  ToolOutcome.Refused refusal(
      String method, String path, Map<String, Object> inputSchema, Map<String, Object> input) {
    if (isReferenceRead(method, path)) {
      return null;
    }
    List<String> anchors = anchors(inputSchema);
    int named = 0;
    for (String anchor : anchors) {
      Object value = input.get(anchor);
      if (value == null) {
        // absent, or cleared (a date item no longer about a relative)
        continue;
      }
      named++;
      ToolOutcome.Refused refused =
          PERSON_FIELDS.contains(anchor) ? person(anchor, value) : owned(anchor, value);
      if (refused != null) {
        return refused;
      }
    }
    if (named == 0) {
      return ToolOutcome.refused(
          OUTSIDE + " Name one of them with " + String.join(" or ", anchors) + ".",
          List.of(new FieldError(anchors.get(0), "is required in this conversation")));
    }
    return null;
  }

  private ToolOutcome.Refused person(String field, Object value) {
    UUID person = value instanceof String text ? Params.parseUuid(text).orElse(null) : null;
    if (person != null && confinement.allows(person)) {
      return null;
    }
    return ToolOutcome.refused(
        OUTSIDE, List.of(new FieldError(field, "is not one of the people it is about")));
  }

  private ToolOutcome.Refused owned(String field, Object value) {
    // the id goes into the owner's path: only the shape of an id may
    if (!(value instanceof String id) || Params.parseUuid(id).isEmpty()) {
      return ToolOutcome.refused(OUTSIDE, List.of(new FieldError(field, "must be a UUID")));
    }
    Owner owner = owners.find(OWNERS.get(field), field, id);
    if (owner.refused() != null) {
      return owner.refused();
    }
    UUID person = Params.parseUuid(owner.entity().path("person_id").asText(null)).orElse(null);
    if (person != null && confinement.allows(person)) {
      return null;
    }
    return ToolOutcome.refused(
        OUTSIDE,
        List.of(new FieldError(field, "belongs to someone this conversation is not about")));
  }
}
