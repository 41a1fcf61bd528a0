package dev.concierge.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.http.Handler;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Declarations that drift from openapi.json stop the server before it serves anything. */
class OperationsTest {
  private static final OpenApiDocument DOCUMENT = OpenApiDocument.load();
  private static final Handler NOTHING = ctx -> {};

  @Test
  void an_operation_takes_its_query_parameters_and_body_fields_from_the_document() {
    DocumentedOperation list =
        DOCUMENT.document(Operation.get("/api/v1/persons", "listPersons", Access.READ, NOTHING));
    DocumentedOperation create =
        DOCUMENT.document(
            Operation.post("/api/v1/date-items", "createDateItem", Access.WRITE, NOTHING));

    assertThat(list.queryParameters())
        .isEqualTo(Set.of("org_id", "person_type", "q", "skip", "limit"));
    assertThat(list.body()).isEqualTo(BodyFields.NONE);
    assertThat(create.queryParameters()).isEqualTo(Set.of("org_id"));
    assertThat(create.body().names()).contains("person_id", "title", "reminder_rules");
    assertThat(create.body().itemsOf("reminder_rules").names())
        .isEqualTo(
            Set.of(
                "reminder_type",
                "lead_time_days",
                "scheduled_datetime",
                "channel_type",
                "comm_identity_id",
                "metadata_jsonb"));
  }

  @Test
  void an_operation_the_document_lacks_or_names_otherwise_is_refused() {
    assertThatThrownBy(
            () ->
                new Operations(
                    List.of(Operation.get("/api/v1/nowhere", "listNowhere", Access.READ, NOTHING)),
                    DOCUMENT))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("GET /api/v1/nowhere is not in openapi.json");
    assertThatThrownBy(
            () ->
                new Operations(
                    List.of(Operation.get("/api/v1/persons", "getPeople", Access.READ, NOTHING)),
                    DOCUMENT))
        .hasMessage(
            "GET /api/v1/persons is declared as getPeople but openapi.json calls it listPersons");
  }

  @Test
  void two_operations_may_not_share_an_operation_id_or_a_route() {
    Operation list = Operation.get("/api/v1/persons", "listPersons", Access.READ, NOTHING);

    assertThatThrownBy(
            () ->
                new Operations(
                    List.of(
                        list,
                        Operation.post("/api/v1/persons", "listPersons", Access.WRITE, NOTHING)),
                    DOCUMENT))
        .hasMessage("listPersons names two operations");
    assertThatThrownBy(() -> new Operations(List.of(list, list), DOCUMENT))
        .hasMessage("GET /api/v1/persons is declared twice");
  }

  @Test
  void an_operation_id_is_camel_case_and_fits_a_tool_name() {
    assertThatThrownBy(() -> Operation.get("/x", "list_persons", Access.READ, NOTHING))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Operation.get("/x", "ListPersons", Access.READ, NOTHING))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Operation.get("/x", "l" + "x".repeat(64), Access.READ, NOTHING))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
