package dev.concierge.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Map;

/**
 * An operation's JSON answer cut to what a model should read in one tool result: every round sends
 * the whole conversation again, so one long list would crowd out the rest. A list keeps its first
 * items within {@link #MAX_CHARS} and says how many there were and how to ask for more; a long text
 * keeps its beginning and says how long it was. What is shown is the API's own JSON, unchanged.
 */
final class ModelSizedResult {
  /** About 4,000 tokens. */
  static final int MAX_CHARS = 16_000;

  /** Longer texts (notes, free-form metadata) are cut to this, and say so. */
  static final int MAX_TEXT_CHARS = 2_000;

  // what the wrapper around a cut list takes at most, its note included
  private static final int WRAPPER_CHARS = 400;

  private ModelSizedResult() {}

  /**
   * @param json the answer
   * @param total the X-Total-Count of a page, when the answer is one; null otherwise
   * @param atLeast whether that total was counted only up to its bound (X-Total-Count-Capped), so
   *     the list has at least as many: a model told "of 1000" would take it as the exact size
   * @param skipped the page's skip (0 for the first page)
   * @param pages whether the operation takes skip and limit
   */
  static String of(
      ObjectMapper mapper,
      JsonNode json,
      Long total,
      boolean atLeast,
      long skipped,
      boolean pages) {
    JsonNode shown = cutTexts(json);
    if (shown.isArray()) {
      return list(
          mapper,
          (ArrayNode) shown,
          total == null ? shown.size() : total,
          total != null && atLeast,
          skipped,
          pages);
    }
    String text = shown.toString();
    return text.length() <= MAX_CHARS ? text : outline(mapper, shown, text.length());
  }

  private static String list(
      ObjectMapper mapper,
      ArrayNode items,
      long total,
      boolean atLeast,
      long skipped,
      boolean pages) {
    String whole = items.toString();
    if (whole.length() <= MAX_CHARS && items.size() == total) {
      return whole;
    }
    ArrayNode kept = mapper.createArrayNode();
    int length = 2;
    for (JsonNode item : items) {
      int itemLength = item.toString().length() + 1;
      if (length + itemLength > MAX_CHARS - WRAPPER_CHARS) {
        break;
      }
      kept.add(item);
      length += itemLength;
    }
    long next = skipped + kept.size();
    String note =
        "Showing "
            + kept.size()
            + (atLeast ? " of at least " : " of ")
            + total
            + (skipped > 0 ? " from number " + (skipped + 1) : "")
            + "; the rest were left out."
            + (pages && next < total
                ? " Call again with skip=" + next + " for the next ones, or narrow the request."
                : "");
    ObjectNode wrapper = mapper.createObjectNode();
    wrapper.set("items", kept);
    wrapper.put("shown", kept.size());
    wrapper.put("total", total);
    if (atLeast) {
      wrapper.put("total_is_at_least", true);
    }
    wrapper.put("note", note);
    return wrapper.toString();
  }

  /** An object too large even with its texts cut: its plain members, and what was left out. */
  private static String outline(ObjectMapper mapper, JsonNode object, int length) {
    ObjectNode outline = mapper.createObjectNode();
    for (Map.Entry<String, JsonNode> member : object.properties()) {
      JsonNode value = member.getValue();
      if (value.isContainerNode()) {
        outline.put(
            member.getKey(),
            "(left out: " + (value.isArray() ? value.size() + " items" : "an object") + ")");
      } else {
        outline.set(member.getKey(), value);
      }
    }
    outline.put(
        "note",
        "The answer had "
            + length
            + " characters, too many to show whole; its lists and objects were left out.");
    return outline.toString();
  }

  private static JsonNode cutTexts(JsonNode node) {
    if (node.isTextual() && node.textValue().length() > MAX_TEXT_CHARS) {
      String text = node.textValue();
      int end =
          Character.isHighSurrogate(text.charAt(MAX_TEXT_CHARS - 1))
              ? MAX_TEXT_CHARS - 1
              : MAX_TEXT_CHARS;
      return TextNode.valueOf(
          text.substring(0, end) + "… (cut: " + text.length() + " characters in all)");
    }
    if (node.isObject()) {
      ObjectNode copy = ((ObjectNode) node).objectNode();
      node.properties().forEach(member -> copy.set(member.getKey(), cutTexts(member.getValue())));
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = ((ArrayNode) node).arrayNode();
      node.forEach(item -> copy.add(cutTexts(item)));
      return copy;
    }
    return node;
  }
}
