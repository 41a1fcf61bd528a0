package dev.concierge.cli.audit;

/**
 * The CSV exports, a persons import and the person's PDF report. The import names the audit's own
 * person as it is, so it matches that row and creates nothing; a bad row is refused with its
 * number.
 */
final class FileChecks implements Area {
  @Override
  public void check(AuditRun audit) {
    export(audit, "persons", "person_id,external_id,full_name");
    export(audit, "date-items", "date_item_id,person_id");
    export(audit, "reminders", "reminder_rule_id,person_id");
    Reply person = audit.call("GET", "/api/v1/persons/{person_id}").expect(200);
    if (person != null) {
      String name = person.json().path("full_name").asText().replace("\"", "\"\"");
      audit
          .call("POST", "/api/v1/imports/persons")
          .file("text/csv", "person_id,full_name\n" + audit.id("person_id") + ",\"" + name + "\"\n")
          .expect(
              200,
              r -> {
                if (r.json().path("created").asInt() != 0
                    || r.json().path("unchanged").asInt() != 1) {
                  throw new Failure("the person's own row should match it unchanged: " + r.body());
                }
              });
    }
    audit
        .call("POST", "/api/v1/imports/persons")
        .file("text/csv", "full_name,birthday\naudit-nobody,1985-13-01\n")
        .expect(400, r -> r.expectErrorOn("row 2.birthday"));
    audit
        .call("GET", "/api/v1/persons/{person_id}/report.pdf")
        .expect(200, r -> contentType(r, "application/pdf"));
  }

  private static void export(AuditRun audit, String kind, String firstColumns) {
    audit
        .call("GET", "/api/v1/exports/" + kind + ".csv")
        .expect(
            200,
            r -> {
              contentType(r, "text/csv");
              if (!r.body().startsWith(firstColumns)) {
                throw new Failure("the header row should start " + firstColumns);
              }
            });
  }

  private static void contentType(Reply reply, String expected) {
    String type = String.valueOf(reply.header("Content-Type"));
    if (!type.startsWith(expected)) {
      throw new Failure("expected " + expected + ", not " + type);
    }
  }
}
