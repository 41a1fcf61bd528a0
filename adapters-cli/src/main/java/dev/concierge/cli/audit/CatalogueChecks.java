package dev.concierge.cli.audit;

import java.util.List;

/** Date categories and the four catalogue collections: admin-only writes, everyone reads. */
final class CatalogueChecks implements Area {
  private static final List<String> CATALOGUE =
      List.of("vendors", "venues", "restaurants", "products");

  @Override
  public void check(AuditRun audit) {
    categories(audit);
    catalogue(audit);
  }

  private static void categories(AuditRun audit) {
    String tag = audit.tag();
    String categories = "/api/v1/date-categories";
    Reply category =
        audit
            .call("POST", categories)
            .body("category_name", tag + "-category", "icon", "🧪", "color", "#123456")
            .expect(201, r -> r.expectField("category_name", tag + "-category"));
    audit.created(category, "category_id", categories + "/{category_id}");
    audit.call("POST", categories).body("category_name", tag + "-category").expect(409);
    audit.call("GET", categories).query("limit=500").expect(200, r -> r.expectTotal(1));
    audit
        .call("GET", categories + "/{category_id}")
        .expect(200, r -> r.expectField("category_id", audit.id("category_id")));
    audit
        .call("PUT", categories + "/{category_id}")
        .body("color", "#654321")
        .expect(200, r -> r.expectField("color", "#654321"));
  }

  private static void catalogue(AuditRun audit) {
    String tag = audit.tag();
    for (String collection : CATALOGUE) {
      String route = "/api/v1/" + collection;
      String one = route + "/{resource_id}";
      // one id per collection, all filling the documented {resource_id}
      String idName = collection.substring(0, collection.length() - 1) + "_id";
      Reply entry =
          audit
              .call("POST", route)
              .body(
                  "name",
                  tag + "-" + collection,
                  "city",
                  "Audit City",
                  "tags",
                  List.of("audit"),
                  "is_vetted",
                  true)
              .expect(201, r -> r.expectField("name", tag + "-" + collection));
      if (audit.remember(entry, "resource_id", idName)) {
        String id = audit.id(idName);
        audit.deleteLater(() -> audit.call("GET", one).with("resource_id", id).expect(404));
        audit.deleteLater(() -> audit.call("DELETE", one).with("resource_id", id).expect(204));
      }
      audit.call("GET", route).query("q=" + tag).expect(200, r -> r.expectTotal(1));
      audit
          .call("GET", one)
          .with("resource_id", audit.id(idName))
          .expect(200, r -> r.expectField("resource_id", audit.id(idName)));
      audit
          .call("PUT", one)
          .with("resource_id", audit.id(idName))
          .body("rating", 4.5)
          .expect(200, r -> r.expectField("rating", "4.5"));
    }
  }
}
