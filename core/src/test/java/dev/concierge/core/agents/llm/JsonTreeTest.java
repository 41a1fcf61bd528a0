package dev.concierge.core.agents.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTreeTest {

  @Test
  void a_copy_keeps_member_order_and_nulls_and_cannot_be_changed() {
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("title", "Mom's birthday");
    input.put("notes", null);
    input.put("reminder_rules", new ArrayList<>(List.of(Map.of("lead_time_days", 14))));

    Map<String, Object> copy = JsonTree.copyObject(input);
    input.put("title", "changed");

    assertThat(copy.keySet()).containsExactly("title", "notes", "reminder_rules");
    assertThat(copy).containsEntry("title", "Mom's birthday").containsEntry("notes", null);
    assertThatThrownBy(() -> copy.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ((List<?>) copy.get("reminder_rules")).clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void anything_but_plain_json_values_is_refused_with_its_path() {
    assertThatThrownBy(() -> JsonTree.copyObject(Map.of("when", List.of(new Object()))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("$.when[0]");
    assertThatThrownBy(() -> JsonTree.copyObject(null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void written_json_escapes_strings_and_writes_numbers_plainly() {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("text", "a \"quote\", a \\ and\na line\u0001");
    value.put("whole", 14.0);
    value.put("fraction", 0.25);
    value.put("big", new BigDecimal("1E+3"));
    value.put("list", Arrays.asList(true, null, 3L));

    assertThat(JsonTree.write(value))
        .isEqualTo(
            "{\"text\":\"a \\\"quote\\\", a \\\\ and\\na line\\u0001\",\"whole\":14,"
                + "\"fraction\":0.25,\"big\":1000,\"list\":[true,null,3]}");
  }
}
