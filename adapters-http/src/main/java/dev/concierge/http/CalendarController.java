package dev.concierge.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.core.access.Caller;
import dev.concierge.core.access.Secrets;
import dev.concierge.core.calendar.CalendarFeed;
import dev.concierge.core.calendar.CalendarFeeds;
import dev.concierge.core.calendar.CalendarImport;
import dev.concierge.core.calendar.IssuedCalendarFeed;
import dev.concierge.core.calendar.NewCalendarFeed;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.errors.ValidationException;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * iCalendar in and out: /api/v1/calendar-feeds (create, list, revoke the feeds calendar apps
 * subscribe to), the feeds themselves at /calendar/{feed_secret}.ics, and importing a person's
 * dates from a .ics file.
 *
 * <p>A feed's URL is public, as calendar apps send no credentials: the secret in it is the
 * credential. An unknown or revoked secret spends the address's allowance of failed
 * authentications, like a wrong API key, and each feed has a request budget of its own, like a key.
 */
final class CalendarController {
  static final String FEED_PATH = "/calendar/{feed_secret}.ics";
  static final String CALENDAR_TYPE = "text/calendar; charset=utf-8";

  private final CalendarFeeds feeds;
  private final CalendarImport imports;
  private final RateLimiting rateLimiting;
  private final ObjectMapper json;

  CalendarController(
      CalendarFeeds feeds, CalendarImport imports, RateLimiting rateLimiting, ObjectMapper json) {
    this.feeds = feeds;
    this.imports = imports;
    this.rateLimiting = rateLimiting;
    this.json = json;
  }

  List<Operation> operations() {
    return List.of(
        Operation.get("/api/v1/calendar-feeds", "listCalendarFeeds", Access.READ, this::list),
        Operation.post("/api/v1/calendar-feeds", "createCalendarFeed", Access.WRITE, this::create),
        Operation.get(
            "/api/v1/calendar-feeds/{feed_id}", "getCalendarFeed", Access.READ, this::get),
        Operation.delete(
            "/api/v1/calendar-feeds/{feed_id}", "revokeCalendarFeed", Access.WRITE, this::revoke),
        Operation.post(
            "/api/v1/persons/{person_id}/date-items/import",
            "importDateItems",
            Access.WRITE,
            this::importFile),
        Operation.get(FEED_PATH, "readCalendarFeed", Access.PUBLIC, this::feed));
  }

  private void list(Context ctx) {
    Responses.page(
        ctx,
        feeds
            .list(Authentication.caller(ctx), Params.page(ctx))
            .map(feed -> CalendarFeedJson.of(feed, null)));
  }

  private void create(Context ctx) {
    Caller caller = Authentication.caller(ctx);
    UUID personId = null;
    if (ctx.bodyAsBytes().length > 0) {
      JsonBody body = JsonBody.read(ctx, json).requireOwnOrganization(caller);
      personId = body.uuid("person_id");
      body.validate();
    }
    IssuedCalendarFeed issued = feeds.create(caller, new NewCalendarFeed(personId));
    ctx.header("Cache-Control", "no-store");
    Responses.created(
        ctx,
        "/api/v1/calendar-feeds/" + issued.feed().calendarFeedId(),
        CalendarFeedJson.of(issued.feed(), feedUrl(ctx, issued.secret())));
  }

  private void get(Context ctx) {
    ctx.json(
        CalendarFeedJson.of(
            feeds.get(Authentication.caller(ctx), Params.pathUuid(ctx, "feed_id")), null));
  }

  private void revoke(Context ctx) {
    feeds.revoke(Authentication.caller(ctx), Params.pathUuid(ctx, "feed_id"));
    Responses.deleted(ctx);
  }

  private void importFile(Context ctx) {
    Caller caller = Authentication.caller(ctx);
    UUID personId = Params.pathUuid(ctx, "person_id");
    byte[] bytes = ctx.bodyAsBytes();
    if (!JsonBody.utf8(bytes)) {
      throw new ValidationException("body", "is not valid UTF-8");
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    ctx.json(
        imports.importInto(caller, personId, text).stream().map(ImportResultJson::of).toList());
  }

  private void feed(Context ctx) {
    String address = ClientAddress.of(ctx);
    rateLimiting.refuseWhileBlocked(address);
    Optional<CalendarFeed> feed = feeds.open(ctx.pathParam("feed_secret"));
    if (feed.isEmpty()) {
      rateLimiting.failedFrom(address);
      throw new NotFoundException("calendar feed", "at this address");
    }
    rateLimiting.admitFeed(ctx, feed.get().calendarFeedId());
    Optional<String> calendar = feeds.calendar(feed.get());
    if (calendar.isEmpty()) {
      throw new NotFoundException("calendar feed", "at this address");
    }
    String etag = "\"" + Secrets.sha256(calendar.get()) + "\"";
    ctx.header("ETag", etag);
    // the URL is a credential: no shared cache keeps what it answers
    ctx.header("Cache-Control", "private, no-cache");
    if (etag.equals(ctx.header("If-None-Match"))) {
      ctx.status(304);
      return;
    }
    ctx.contentType(CALENDAR_TYPE).result(calendar.get().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The feed's address as the caller reached this server: https when a proxy in front says the
   * request came that way.
   */
  private static String feedUrl(Context ctx, String secret) {
    String scheme =
        "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto")) ? "https" : ctx.scheme();
    return scheme + "://" + ctx.host() + FEED_PATH.replace("{feed_secret}", secret);
  }
}
