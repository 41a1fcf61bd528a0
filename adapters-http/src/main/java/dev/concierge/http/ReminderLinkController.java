package dev.concierge.http;

import dev.concierge.core.reminders.ReminderAnswerOutcome;
import dev.concierge.core.reminders.ReminderDelivery;
import dev.concierge.core.reminders.delivery.ReminderLinkVisits;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import java.util.Optional;

/**
 * /r/{token}: the small page the link of an email reminder opens, outside /api/v1 and its
 * credentials (the signed token is the credential). Opening it records that the person saw the
 * reminder; its one button, a form POST to the same address, that they are done with it. Both are
 * idempotent: the first opening and the first answer are the ones recorded. No pixel, no script.
 */
final class ReminderLinkController {
  private final ReminderLinkVisits visits;

  ReminderLinkController(ReminderLinkVisits visits) {
    this.visits = visits;
  }

  List<Operation> operations() {
    String page = "/r/{token}";
    return List.of(
        Operation.get(page, "openReminderLink", Access.PUBLIC, this::open),
        Operation.post(page, "answerReminderLink", Access.PUBLIC, this::done));
  }

  private void open(Context ctx) {
    Optional<ReminderDelivery> delivery = visits.open(ctx.pathParam("token"));
    if (delivery.isEmpty()) {
      notFound(ctx);
      return;
    }
    ReminderDelivery seen = delivery.get();
    String body =
        "<p>"
            + escape(text(seen))
            + "</p>"
            + (seen.acknowledgedAt() != null
                ? "<p>You told us you are done with this one. Thank you.</p>"
                : "<form method=\"post\"><button type=\"submit\">I am done with it</button></form>");
    page(ctx, 200, "Your reminder", body);
  }

  private void done(Context ctx) {
    Optional<ReminderAnswerOutcome> outcome = visits.done(ctx.pathParam("token"));
    if (outcome.isEmpty()) {
      notFound(ctx);
      return;
    }
    String said =
        switch (outcome.get().result()) {
          case DONE -> "Thank you: we have noted that you are done with it.";
          case ALREADY_ANSWERED -> "You had already told us about this one. Thank you.";
          default -> "This reminder has moved on since; there is nothing more to do here.";
        };
    page(ctx, 200, "Your reminder", "<p>" + said + "</p>");
  }

  /** A person following a link gets a page; a program asking for JSON, a problem. */
  private static void notFound(Context ctx) {
    String accept = ctx.header("Accept");
    if (accept != null && accept.contains("text/html")) {
      page(ctx, 404, "Link not found", "<p>This link is not valid (any more).</p>");
      return;
    }
    throw new NotFoundResponse("No reminder has this link.");
  }

  private static String text(ReminderDelivery delivery) {
    String message = delivery.renderedMessage() == null ? "" : delivery.renderedMessage();
    return message.strip();
  }

  private static void page(Context ctx, int status, String title, String body) {
    ctx.header("Cache-Control", "no-store");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.status(status)
        .html(
            "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"robots\" content=\"noindex\"><title>"
                + title
                + "</title></head><body><main><h1>"
                + title
                + "</h1>"
                + body
                + "</main></body></html>");
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("\n", "<br>");
  }
}
