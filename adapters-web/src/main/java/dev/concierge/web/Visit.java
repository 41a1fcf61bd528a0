package dev.concierge.web;

import dev.concierge.core.access.Caller;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.web.view.FormState;
import dev.concierge.web.view.Layout;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** One request to a page: who makes it (the signed-in account's caller) and how to answer. */
final class Visit {
  private final Context ctx;
  private final PortalSession session;
  private final Caller caller;
  private final Templates templates;

  Visit(Context ctx, PortalSession session, Caller caller, Templates templates) {
    this.ctx = ctx;
    this.session = session;
    this.caller = caller;
    this.templates = templates;
  }

  /** The same visit with the session just started for it. */
  Visit withSession(PortalSession started) {
    return new Visit(ctx, started, caller, templates);
  }

  Context ctx() {
    return ctx;
  }

  PortalSession session() {
    return session;
  }

  /** The signed-in account as the use cases know callers: its organization and current role. */
  Caller caller() {
    return caller;
  }

  boolean canWrite() {
    return caller != null && Access.WRITE.roles().contains(caller.role());
  }

  boolean canAdminister() {
    return caller != null && Access.ADMIN.roles().contains(caller.role());
  }

  Layout layout(String title, String section) {
    return new Layout(
        title,
        section,
        caller == null ? null : caller.name(),
        caller == null ? null : caller.role().wireName(),
        session == null ? "" : session.csrfToken(),
        canWrite(),
        canAdminister());
  }

  /** A whole page: the template with the frame around it. */
  void page(String template, String title, String section, Object view) {
    page(template, title, section, view, HttpStatus.OK);
  }

  void page(String template, String title, String section, Object view, HttpStatus status) {
    ctx.status(status)
        .html(templates.render(template, Map.of("layout", layout(title, section), "view", view)));
  }

  /** Part of a page, for htmx to swap in. */
  void fragment(String template, Object view) {
    ctx.html(templates.render(template, Map.of("layout", layout("", ""), "view", view)));
  }

  /** After a form: the browser GETs {@code path} (303), so a reload does not send it again. */
  void redirect(String path) {
    ctx.redirect(path, HttpStatus.SEE_OTHER);
  }

  /** A form field as typed (null when absent), so a refused form shows it again unchanged. */
  String form(String name) {
    return ctx.formParam(name);
  }

  /** The fields of a form as typed (empty when absent), to show again if it is refused. */
  FormState typed(Set<String> fields) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String field : fields) {
      String value = form(field);
      values.put(field, value == null ? "" : value);
    }
    return FormState.of(values, fields);
  }

  String query(String name) {
    return ctx.queryParam(name);
  }

  /** The list page asked for by {@code ?page=}: the first when absent or not a page number. */
  int pageNumber() {
    try {
      String page = ctx.queryParam("page");
      return page == null ? 1 : Math.max(1, Integer.parseInt(page));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  /** An id in the path; one that is not an id names nothing, like an id that exists nowhere. */
  UUID pathId(String name) {
    return id(ctx.pathParam(name));
  }

  /** An id as a page was given it; one that is not an id names nothing. */
  static UUID id(String text) {
    if (text == null) {
      throw new NotFoundException("page", null);
    }
    try {
      UUID id = UUID.fromString(text);
      if (id.toString().equalsIgnoreCase(text)) {
        return id;
      }
    } catch (IllegalArgumentException e) {
      // falls through to not found
    }
    throw new NotFoundException("page", null);
  }
}
