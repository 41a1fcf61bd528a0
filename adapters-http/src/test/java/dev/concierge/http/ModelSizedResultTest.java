package dev.concierge.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class ModelSizedResultTest {
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void an_answer_within_bounds_is_the_apis_json_unchanged() throws Exception {
    JsonNode person = json.readTree("{\"person_id\":\"p-1\",\"full_name\":\"Ada\",\"tags\":[1,2]}");
    JsonNode list = json.readTree("[{\"id\":1},{\"id\":2}]");

    assertThat(ModelSizedResult.of(json, person, null, false, 0, false))
        .isEqualTo(person.toString());
    assertThat(ModelSizedResult.of(json, list, 2L, false, 0, true)).isEqualTo(list.toString());
  }

  @Test
  void a_list_too_long_to_read_keeps_its_first_items_and_says_how_many_there_were()
      throws Exception {
    ArrayNode items = items(200, 150);

    String text = ModelSizedResult.of(json, items, 230L, false, 0, true);
    JsonNode cut = json.readTree(text);

    assertThat(text.length()).isLessThanOrEqualTo(ModelSizedResult.MAX_CHARS);
    int shown = cut.get("shown").asInt();
    assertThat(shown).isBetween(50, 199);
    assertThat(cut.get("items")).hasSize(shown);
    assertThat(cut.get("items").get(shown - 1)).isEqualTo(items.get(shown - 1));
    assertThat(cut.get("total").asLong()).isEqualTo(230);
    assertThat(cut.get("note").asText())
        .isEqualTo(
            "Showing "
                + shown
                + " of 230; the rest were left out. Call again with skip="
                + shown
                + " for the next ones, or narrow the request.");
  }

  @Test
  void a_later_page_counts_from_its_skip_and_the_last_asks_for_no_more() throws Exception {
    JsonNode middle = json.readTree(ModelSizedResult.of(json, items(2, 10), 6L, false, 2, true));
    JsonNode last = json.readTree(ModelSizedResult.of(json, items(2, 10), 4L, false, 2, true));

    assertThat(middle.get("note").asText())
        .isEqualTo(
            "Showing 2 of 6 from number 3; the rest were left out. Call again with skip=4 for"
                + " the next ones, or narrow the request.");
    assertThat(last.get("note").asText())
        .isEqualTo("Showing 2 of 4 from number 3; the rest were left out.");
  }

  @Test
  void a_total_counted_only_up_to_its_bound_is_told_as_at_least_that_many() throws Exception {
    JsonNode capped = json.readTree(ModelSizedResult.of(json, items(3, 10), 1000L, true, 0, true));
    JsonNode exact = json.readTree(ModelSizedResult.of(json, items(3, 10), 1000L, false, 0, true));

    assertThat(capped.get("total").asLong()).isEqualTo(1000);
    assertThat(capped.get("total_is_at_least").asBoolean()).isTrue();
    assertThat(capped.get("note").asText())
        .isEqualTo(
            "Showing 3 of at least 1000; the rest were left out. Call again with skip=3 for the"
                + " next ones, or narrow the request.");
    assertThat(exact.has("total_is_at_least")).isFalse();
    assertThat(exact.get("note").asText()).startsWith("Showing 3 of 1000;");
  }

  @Test
  void a_long_text_keeps_its_beginning_and_says_how_long_it_was() throws Exception {
    ObjectNode person = json.createObjectNode().put("notes", "n".repeat(5_000));

    JsonNode cut = json.readTree(ModelSizedResult.of(json, person, null, false, 0, false));

    assertThat(cut.get("notes").asText())
        .startsWith("n".repeat(ModelSizedResult.MAX_TEXT_CHARS))
        .endsWith("… (cut: 5000 characters in all)");
  }

  @Test
  void an_object_too_large_even_with_its_texts_cut_shows_its_plain_members() throws Exception {
    ObjectNode dashboard = json.createObjectNode().put("person_id", "p-1").put("count", 3);
    dashboard.set("upcoming_dates", items(100, 500));

    JsonNode outline = json.readTree(ModelSizedResult.of(json, dashboard, null, false, 0, false));

    assertThat(outline.get("person_id").asText()).isEqualTo("p-1");
    assertThat(outline.get("count").asInt()).isEqualTo(3);
    assertThat(outline.get("upcoming_dates").asText()).isEqualTo("(left out: 100 items)");
    assertThat(outline.get("note").asText()).contains("too many to show whole");
  }

  private ArrayNode items(int count, int textLength) {
    ArrayNode items = json.createArrayNode();
    for (int i = 0; i < count; i++) {
      items.addObject().put("id", i).put("title", "t".repeat(textLength));
    }
    return items;
  }
}
