package dev.concierge.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.core.UseCases;
import dev.concierge.core.access.Caller;
import dev.concierge.core.agents.Confinement;
import dev.concierge.core.health.CheckHealth;
import dev.concierge.http.metrics.ServiceMetrics;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import io.javalin.plugin.Plugin;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The REST API. Receives the use cases it exposes; knows nothing of how they are implemented.
 * {@link #start()} binds the port; {@link #stop()} lets in-flight requests finish.
 */
public final class HttpServer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(HttpServer.class);

  private static final long SHUTDOWN_IDLE_MILLIS = 200;
  private static final Set<String> HTTP_METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

  private final HttpSettings settings;
  private final Operations operations;
  private final Javalin app;
  private final ObjectMapper json;
  private final InProcessCalls inProcess;
  private final ToolCatalogue tools;
  private final boolean listens;

  /** Only /health: for checking the server itself. */
  public HttpServer(HttpSettings settings, CheckHealth checkHealth) {
    this(settings, checkHealth, null);
  }

  public HttpServer(HttpSettings settings, CheckHealth checkHealth, UseCases api) {
    this(settings, checkHealth, api, null);
  }

  /**
   * @param api the use cases under /api/v1; null serves none of them
   * @param metrics served at /metrics, with every request timed into it; null serves no metrics.
   *     Its owner closes it: other parts of the process may still be counting into it
   */
  public HttpServer(
      HttpSettings settings, CheckHealth checkHealth, UseCases api, ServiceMetrics metrics) {
    this(settings, checkHealth, api, metrics, System::nanoTime);
  }

  /**
   * @param nanoTime the monotonic clock the rate limits refill by; tests move their own
   */
  public HttpServer(
      HttpSettings settings,
      CheckHealth checkHealth,
      UseCases api,
      ServiceMetrics metrics,
      LongSupplier nanoTime) {
    this(settings, checkHealth, api, metrics, nanoTime, null, null);
  }

  /**
   * @param slackEvents takes Slack's events and button presses posted to /api/v1/webhooks/slack;
   *     null refuses them all as unsigned (Socket Mode, or no Slack at all)
   * @param pages served beside the API on the same server (the staff portal), registering their own
   *     routes outside /api/v1; null serves none. Their HTML pages keep their own status pages
   */
  public HttpServer(
      HttpSettings settings,
      CheckHealth checkHealth,
      UseCases api,
      ServiceMetrics metrics,
      LongSupplier nanoTime,
      WebhookReceiver slackEvents,
      Plugin<?> pages) {
    this(settings, checkHealth, api, metrics, nanoTime, slackEvents, pages, true);
  }

  /**
   * The API with no port at all, answering only the in-process calls of the assistant's tools: for
   * a command that runs a chat in its own process ({@code concierge-admin agents chat}), which
   * needs the operations but must not listen on the network.
   */
  public static HttpServer inProcessOnly(
      HttpSettings settings, CheckHealth checkHealth, UseCases api) {
    return new HttpServer(
        settings,
        checkHealth,
        Objects.requireNonNull(api, "api"),
        null,
        System::nanoTime,
        null,
        null,
        false);
  }

  private HttpServer(
      HttpSettings settings,
      CheckHealth checkHealth,
      UseCases api,
      ServiceMetrics metrics,
      LongSupplier nanoTime,
      WebhookReceiver slackEvents,
      Plugin<?> pages,
      boolean listens) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.listens = listens;
    this.json = JsonMapping.create();
    this.inProcess = api == null ? null : new InProcessCalls();
    ProblemResponses problems = new ProblemResponses(json);
    OrganizationScoping scoping =
        api == null ? null : new OrganizationScoping(api.organizationScope());
    RateLimiting rateLimiting = new RateLimiting(settings.rateLimits(), nanoTime);
    List<Operation> declared = new ArrayList<>(new HealthController(checkHealth).operations());
    if (metrics != null) {
      declared.addAll(new MetricsController(metrics, settings.metricsToken()).operations());
    }
    if (api != null) {
      declared.addAll(operations(api, json, rateLimiting, this::isAgentTool));
      declared.addAll(new SlackWebhookController(slackEvents, rateLimiting).operations());
      declared.addAll(new ReminderLinkController(api.reminderLinks()).operations());
      declared.addAll(
          new AgentChatController(api.agentChat(), api.pendingActions(), this::agentTools, json)
              .operations());
    }
    OpenApiDocument document = OpenApiDocument.load();
    this.operations = new Operations(declared, document);
    this.tools = api == null ? null : new ToolCatalogue(operations.documented(), document);
    this.app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              config.http.maxRequestSize = settings.maxRequestBytes();
              config.http.defaultContentType = "application/json";
              config.jsonMapper(new JavalinJackson(json, false));
              // Javalin adds its own connector only when given none: the network's comes first,
              // as Javalin's port() expects, then the assistant's in-process one, both on the
              // same HTTP configuration so a request reads the same through either; a server in
              // process only has just the latter, so Javalin adds none and nothing listens
              if (listens) {
                config.jetty.addConnector(
                    (server, http) -> {
                      ServerConnector network =
                          new ServerConnector(server, new HttpConnectionFactory(http));
                      network.setHost(settings.host());
                      network.setPort(settings.port());
                      return network;
                    });
              }
              if (inProcess != null) {
                config.jetty.addConnector(inProcess::connector);
              }
              config.jetty.modifyServer(
                  server -> {
                    server.setErrorHandler(new ProtocolProblems.OnServer());
                    // stop() closes the port, then waits up to the grace for requests in flight;
                    // idle keep-alive connections go after a short pause, not Jetty's second
                    GracefulHandler graceful = new GracefulHandler();
                    graceful.setShutdownIdleTimeout(SHUTDOWN_IDLE_MILLIS);
                    server.insertHandler(graceful);
                    server.setStopTimeout(settings.shutdownGrace().toMillis());
                  });
              // Jetty reuses header fields seen earlier on a connection, matched ignoring case by
              // default: "Bearer CK_ABC" would then arrive as the "Bearer ck_abc" sent before it
              config.jetty.modifyHttpConfiguration(http -> http.setHeaderCacheCaseSensitive(true));
              config.jetty.modifyServletContextHandler(
                  context -> context.setErrorHandler(new ProtocolProblems.InContext()));
              if (metrics != null) {
                new RequestMetrics(metrics.registry()).register(config.routes);
              }
              config.routes.before(
                  ctx -> {
                    if (scoping != null) {
                      scoping.leaveLeftover();
                    }
                    MDC.remove(Authentication.ORG_MDC_KEY);
                    MDC.put(RequestIds.MDC_KEY, RequestIds.assign(ctx));
                    Params.requireDecodablePath(ctx);
                  });
              config.routes.after(
                  ctx -> {
                    try {
                      if (scoping != null) {
                        scoping.leave();
                      }
                    } finally {
                      MDC.remove(RequestIds.MDC_KEY);
                      MDC.remove(Authentication.ORG_MDC_KEY);
                      drainUnreadBody(ctx, settings.maxRequestBytes());
                    }
                  });
              if (settings.allowedOrigin() != null) {
                config.bundledPlugins.enableCors(
                    cors ->
                        cors.addRule(
                            rule -> {
                              rule.allowHost(settings.allowedOrigin());
                              rule.exposeHeader(Responses.TOTAL_COUNT);
                              rule.exposeHeader(Responses.TOTAL_COUNT_CAPPED);
                              rule.exposeHeader("Location");
                              rule.exposeHeader(RequestIds.HEADER);
                              rule.exposeHeader("Retry-After");
                              rule.exposeHeader(RateLimiting.LIMIT);
                              rule.exposeHeader(RateLimiting.REMAINING);
                            }));
              }
              // in this order: who calls (401, 403), then what they ask (400), then their scope
              if (api != null) {
                Authentication authentication =
                    new Authentication(
                        api.apiKeys(), api.sessions(), rateLimiting, inProcess.credentials());
                config.routes.beforeMatched("/api/v1/*", authentication::authenticate);
              }
              config.routes.beforeMatched(Operations::refuseUndeclaredQuery);
              if (api != null) {
                config.routes.beforeMatched("/api/v1/*", scoping::enter);
                new ApiDocs(document.served(checkHealth.version())).register(config.routes);
              }
              operations.register(config.routes);
              problems.register(config.routes);
              if (pages != null) {
                config.registerPlugin(pages);
              }
              config.routes.error(
                  404,
                  ctx -> {
                    String type = ctx.res().getContentType();
                    if (!Problem.MEDIA_TYPE.equals(type)
                        && (type == null || !type.startsWith("text/html"))) {
                      problems.send(
                          ctx, Problem.of("not-found", "Not Found", 404, "No such resource."));
                    }
                  });
            });
  }

  /**
   * Every operation under /api/v1, as the controllers declare them, in the role table's order.
   *
   * @param isAgentTool whether an operationId names an operation an agent may call
   */
  private static List<Operation> operations(
      UseCases api, ObjectMapper json, RateLimiting rateLimiting, Predicate<String> isAgentTool) {
    List<Operation> operations = new ArrayList<>();
    operations.addAll(new PersonsController(api.persons(), json).operations());
    operations.addAll(new DateCategoriesController(api.dateCategories(), json).operations());
    operations.addAll(new ProjectsController(api.projects(), api.personZones(), json).operations());
    operations.addAll(
        new ConversationsController(api.conversations(), api.personZones(), json).operations());
    operations.addAll(
        new CommIdentitiesController(api.commIdentities(), api.personZones(), json).operations());
    operations.addAll(
        new RelationshipsController(api.relationships(), api.personZones(), json).operations());
    operations.addAll(
        new PreferencesController(api.preferences(), api.personZones(), json).operations());
    operations.addAll(
        new DateItemsController(api.dateItems(), api.personZones(), json).operations());
    operations.addAll(
        new RemindersController(api.reminders(), api.bulkReminders(), api.personZones(), json)
            .operations());
    operations.addAll(new DashboardController(api.dashboards(), api.personZones()).operations());
    operations.addAll(
        new CatalogueController(api.catalogue(), api.recommendations(), api.personZones(), json)
            .operations());
    operations.addAll(new LoginController(api.sessions(), rateLimiting, json).operations());
    operations.addAll(new AccountsController(api.accounts(), json).operations());
    operations.addAll(new OrganizationController(api.organization(), json).operations());
    operations.addAll(new AuditLogController(api.auditLog()).operations());
    operations.addAll(new ApiKeysController(api.apiKeys(), json).operations());
    operations.addAll(new AgentsController(api.agents(), isAgentTool, json).operations());
    operations.addAll(new AgentRunsController(api.agentRuns()).operations());
    operations.addAll(
        new UnknownContactsController(api.unknownContacts(), api.personZones(), json).operations());
    operations.addAll(
        new CalendarController(api.calendarFeeds(), api.calendarImport(), rateLimiting, json)
            .operations());
    operations.addAll(
        new FilesController(api.exports(), api.personImport(), api.clientReports()).operations());
    operations.addAll(new SearchController(api.search()).operations());
    operations.addAll(new DigestController(api.digests(), json).operations());
    return operations;
  }

  /** Known once the operations are: an agent's tools are among them. */
  private boolean isAgentTool(String operationId) {
    return tools != null && tools.find(operationId) != null;
  }

  /**
   * Reads what is left of a body the request was refused before reading (bad credentials, a
   * malformed id, an unknown route). Jetty would otherwise close the connection on the unread
   * bytes, the kernel would answer them with a reset, and the client could lose the refusal with
   * it. A body over the limit is not read: that is refused as too large, and reading it is the cost
   * the limit avoids.
   */
  private static void drainUnreadBody(Context ctx, long maxBytes) {
    if (ctx.req().getContentLengthLong() > maxBytes) {
      return;
    }
    try {
      InputStream body = ctx.req().getInputStream();
      byte[] buffer = new byte[8192];
      long read = 0;
      for (int n; read <= maxBytes && (n = body.read(buffer)) >= 0; ) {
        read += n;
      }
    } catch (IOException | IllegalStateException e) {
      // the client is gone or the body was taken as a reader: nothing left to spare it from
    }
  }

  public HttpServer start() {
    app.start();
    if (listens) {
      log.info("HTTP API listening on {}:{}", settings.host(), app.port());
    } else {
      log.debug("HTTP API answering in-process calls only");
    }
    return this;
  }

  /** Every registered route as "METHOD /path/{param}", for checking the API's documentation. */
  public List<String> routes() {
    return app.unsafe.internalRouter.allHttpHandlers().stream()
        .filter(parsed -> HTTP_METHODS.contains(parsed.endpoint.method.name()))
        .map(parsed -> parsed.endpoint.method.name() + " " + parsed.endpoint.path)
        .sorted()
        .toList();
  }

  /** Every operation served, as its controller declares it (and openapi.json documents it). */
  public List<ApiOperation> operations() {
    return operations.describe();
  }

  /**
   * The operations under /api/v1 as the tools of an agent's run, acting as {@code caller} and held
   * to {@code confinement}: each call runs in process through this server, as the caller's own
   * request would ({@link OperationTools}). {@code server::agentTools} is core's {@link
   * dev.concierge.core.agents.AgentToolbox}. Calls run once the server has started.
   *
   * @throws IllegalStateException when the server serves no API
   */
  public OperationTools agentTools(Caller caller, Confinement confinement) {
    if (tools == null) {
      throw new IllegalStateException("this server serves no API, so it has no tools");
    }
    return new OperationTools(tools, inProcess, json, caller, confinement);
  }

  /** The in-process connector's calls; null when the server serves no API. */
  InProcessCalls inProcessCalls() {
    return inProcess;
  }

  /**
   * The bound port (useful when started on port 0).
   *
   * @throws IllegalStateException for a server {@link #inProcessOnly}, which has none
   */
  public int port() {
    if (!listens) {
      throw new IllegalStateException("this server answers in-process calls only: it has no port");
    }
    return app.port();
  }

  public void stop() {
    app.stop();
  }

  @Override
  public void close() {
    stop();
  }
}
