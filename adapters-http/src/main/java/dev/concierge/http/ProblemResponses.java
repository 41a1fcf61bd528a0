package dev.concierge.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.core.agents.chat.ChatFailedException;
import dev.concierge.core.errors.ConciergeException;
import dev.concierge.core.errors.ConflictException;
import dev.concierge.core.errors.ForbiddenException;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.errors.UnauthenticatedException;
import dev.concierge.core.errors.UnavailableException;
import dev.concierge.core.errors.ValidationException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into an RFC 9457 problem: the platform's typed exceptions into 4xx/503, a
 * rate limit into a 429 with Retry-After, Javalin's own (unknown route, body too large) into
 * theirs, and anything unexpected into a 500 that reveals nothing but a correlation id, which the
 * log line carries with the stack trace.
 */
final class ProblemResponses {
  private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
  private final ObjectMapper json;

  ProblemResponses(ObjectMapper json) {
    this.json = json;
  }

  void register(RoutesConfig routes) {
    routes.exception(ValidationException.class, (e, ctx) -> send(ctx, validation(e)));
    routes.exception(
        NotFoundException.class,
        (e, ctx) -> send(ctx, Problem.of("not-found", "Not Found", 404, e.getMessage())));
    routes.exception(
        UnauthenticatedException.class,
        (e, ctx) -> {
          boolean presented = ctx.header("Authorization") != null;
          ctx.header(
              "WWW-Authenticate",
              presented
                  ? "Bearer realm=\"concierge\", error=\"invalid_token\""
                  : "Bearer realm=\"concierge\"");
          send(ctx, Problem.of("unauthenticated", "Unauthorized", 401, e.getMessage()));
        });
    routes.exception(
        ForbiddenException.class,
        (e, ctx) -> send(ctx, Problem.of("forbidden", "Forbidden", 403, e.getMessage())));
    routes.exception(
        ConflictException.class,
        (e, ctx) -> send(ctx, Problem.of("conflict", "Conflict", 409, e.getMessage())));
    routes.exception(UnavailableException.class, (e, ctx) -> unavailable(e, ctx));
    routes.exception(
        TooManyRequestsException.class,
        (e, ctx) -> {
          e.headers().forEach(ctx::header);
          send(ctx, Problem.of("too-many-requests", "Too Many Requests", 429, e.getMessage()));
        });
    routes.exception(ChatFailedException.class, (e, ctx) -> chatFailed(e, ctx));
    routes.exception(HttpResponseException.class, (e, ctx) -> send(ctx, fromJavalin(e)));
    routes.exception(ConciergeException.class, (e, ctx) -> unexpected(e, ctx));
    routes.exception(Exception.class, (e, ctx) -> unexpected(e, ctx));
  }

  private static Problem validation(ValidationException e) {
    return Problem.of("validation", "Bad Request", 400, "The request has invalid fields.")
        .withErrors(e.errors());
  }

  private static Problem fromJavalin(HttpResponseException e) {
    int status = e.getStatus();
    HttpStatus known = HttpStatus.forStatus(status);
    String title = known == HttpStatus.UNKNOWN ? "HTTP " + status : known.getMessage();
    String detail =
        switch (status) {
          case 404 -> "No such resource.";
          case 405 -> "This resource does not accept that method.";
          case 413 -> "The request body is larger than the server accepts.";
          default -> e.getMessage();
        };
    return Problem.of(slug(title), title, status, detail);
  }

  private void unavailable(Exception e, Context ctx) {
    log.warn("Service unavailable: {}", e.getMessage());
    ctx.header("Retry-After", "5");
    send(
        ctx,
        Problem.of(
            "unavailable",
            "Service Unavailable",
            503,
            "The database is unreachable or saturated right now; retry shortly."));
  }

  /** The assistant could not answer: its message and run say where the chat is kept. */
  private void chatFailed(ChatFailedException e, Context ctx) {
    AssistantProblems.Answer answer = AssistantProblems.of(e.getCause()).orElse(null);
    if (answer == null) {
      unexpected(e, ctx);
      return;
    }
    answer.retryAfter().ifPresent(seconds -> ctx.header("Retry-After", Long.toString(seconds)));
    send(ctx, answer.problem().ofChat(e.runId(), e.conversationId()));
  }

  /**
   * A connection that could not be had (database down, pool exhausted under load) is a passing
   * condition, not a bug: whatever library wrapped it, the JDK's connection exceptions in the cause
   * chain say so. So does the SQLSTATE of a connection lost mid-statement (class 08) or ended by
   * the server shutting down or starting up (57P01 to 57P03), which the driver reports as a plain
   * SQLException.
   */
  private static boolean connectionTrouble(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException
          || t instanceof ConnectException
          || (t instanceof SQLException sql && lostConnection(sql.getSQLState()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean lostConnection(String sqlState) {
    return sqlState != null
        && (sqlState.startsWith("08")
            || sqlState.equals("57P01")
            || sqlState.equals("57P02")
            || sqlState.equals("57P03"));
  }

  private void unexpected(Exception e, Context ctx) {
    if (connectionTrouble(e)) {
      unavailable(e, ctx);
      return;
    }
    String requestId = RequestIds.of(ctx);
    log.error(
        "Unexpected failure handling {} {} [request {}]", ctx.method(), ctx.path(), requestId, e);
    send(
        ctx,
        Problem.of(
            "internal",
            "Internal Server Error",
            500,
            "Something went wrong on our side. Quote the correlation id when reporting it."));
  }

  void send(Context ctx, Problem problem) {
    Problem located = problem.at(ctx.path(), RequestIds.of(ctx));
    String body;
    try {
      body = json.writeValueAsString(located);
    } catch (JsonProcessingException e) {
      body = "{\"status\":" + located.status() + "}";
    }
    ctx.status(located.status()).contentType(Problem.MEDIA_TYPE).result(body);
  }

  private static String slug(String title) {
    return title
        .toLowerCase(java.util.Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-")
        .replaceAll("(^-|-$)", "");
  }
}
