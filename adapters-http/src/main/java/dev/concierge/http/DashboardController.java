package dev.concierge.http;

import dev.concierge.core.access.Caller;
import dev.concierge.core.dashboard.ActivityEntry;
import dev.concierge.core.dashboard.PersonDashboard;
import dev.concierge.core.paging.Page;
import dev.concierge.core.persons.PersonZones;
import io.javalin.http.Context;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** A person's overview: dashboard, upcoming dates, activity timeline. */
final class DashboardController {
  private static final int DEFAULT_DAYS_AHEAD = 30;

  private final PersonDashboard dashboard;
  private final PersonZones zones;

  DashboardController(PersonDashboard dashboard, PersonZones zones) {
    this.dashboard = dashboard;
    this.zones = zones;
  }

  List<Operation> operations() {
    String person = "/api/v1/persons/{person_id}";
    return List.of(
        Operation.get(person + "/dashboard", "getPersonDashboard", Access.READ, this::dashboard),
        Operation.get(person + "/upcoming", "listUpcomingOccurrences", Access.READ, this::upcoming),
        Operation.get(person + "/activity", "listPersonActivity", Access.READ, this::activity));
  }

  private void dashboard(Context ctx) {
    ctx.json(
        DashboardJson.of(
            dashboard.dashboard(Authentication.caller(ctx), Params.pathUuid(ctx, "person_id"))));
  }

  private void upcoming(Context ctx) {
    Integer days = Params.queryInt(ctx, "days_ahead");
    Responses.page(
        ctx,
        dashboard
            .upcoming(
                Authentication.caller(ctx),
                Params.pathUuid(ctx, "person_id"),
                days == null ? DEFAULT_DAYS_AHEAD : days,
                Params.page(ctx))
            .map(DashboardJson.Occurrence::of));
  }

  private void activity(Context ctx) {
    Caller caller = Authentication.caller(ctx);
    UUID personId = Params.pathUuid(ctx, "person_id");
    Page<ActivityEntry> page = dashboard.activity(caller, personId, Params.page(ctx));
    ZoneId zone = zones.ofPerson(caller, personId);
    Responses.page(ctx, page.map(entry -> DashboardJson.Activity.of(entry, zone)));
  }
}
