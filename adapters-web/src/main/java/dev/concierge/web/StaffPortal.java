package dev.concierge.web;

import dev.concierge.core.UseCases;
import dev.concierge.core.agents.AgentToolbox;
import io.javalin.config.JavalinState;
import io.javalin.plugin.Plugin;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The staff portal: server-rendered pages at / on the API's own server (registered as a Javalin
 * plugin, so the API's request ids, metrics and graceful stop apply to it too). It reaches data
 * only through the same use cases as the API, as the signed-in account's {@code Caller}; the API
 * stays under /api/v1, untouched.
 */
public final class StaffPortal extends Plugin<Void> {
  private final List<PortalRoute> routes;
  private final RequestCycle cycle;
  private final Assets assets = new Assets();

  /**
   * @param signInFailuresPerMinute failed sign-ins an address may make per minute (0: no limit)
   * @param toolbox the API's operations as the assistant's tools (the server's {@code agentTools}),
   *     for the chat on a client's profile; asked only when a chat runs
   */
  public StaffPortal(UseCases api, int signInFailuresPerMinute, Clock clock, AgentToolbox toolbox) {
    PortalSessions sessions = new PortalSessions(clock);
    this.cycle = new RequestCycle(api, sessions, new Templates());
    List<PortalRoute> all = new ArrayList<>();
    all.addAll(
        new SignInPages(
                api.accounts(), sessions, new SignInThrottle(signInFailuresPerMinute, clock))
            .routes());
    all.addAll(new HomePage(api, clock).routes());
    all.addAll(new ClientPages(api).routes());
    all.addAll(new DatePages(api, clock).routes());
    all.addAll(new CalendarPage(api, clock).routes());
    all.addAll(new ConversationPage(api).routes());
    all.addAll(new ProjectPage(api).routes());
    all.addAll(new ReminderPages(api, clock).routes());
    all.addAll(new AssistantPanel(api, toolbox).routes());
    all.addAll(new AgentPages(api, toolbox).routes());
    all.addAll(new AccountPages(api).routes());
    all.addAll(new ApiKeyPages(api).routes());
    all.addAll(new AuditLogPage(api).routes());
    all.addAll(new DigestPage(api).routes());
    all.addAll(new SearchPage(api).routes());
    all.addAll(new CataloguePages(api).routes());
    all.addAll(new CatalogueForms(api).routes());
    this.routes = List.copyOf(all);
  }

  @Override
  public void onInitialize(JavalinState state) {
    assets.register(state.routes);
    for (PortalRoute route : routes) {
      state.routes.addHttpHandler(route.method(), route.path(), cycle.handler(route));
    }
  }

  /** Every page and form as "METHOD /path access", for the role table's test. */
  public List<String> describe() {
    return routes.stream()
        .map(r -> r.method().name() + " " + r.path() + " " + r.access().name().toLowerCase())
        .toList();
  }
}
