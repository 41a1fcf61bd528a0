package dev.concierge.cli.audit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What one audit keeps while its areas run: the checks so far, the ids of what it created (which
 * later calls fill their routes with), the deletions it owes and what it must leave behind.
 */
final class AuditRun {
  private final ApiClient client;
  private final String tag =
      "audit-" + Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36).substring(0, 8);
  private final List<Check> checks = new ArrayList<>();
  private final Map<String, String> ids = new HashMap<>();
  private final Deque<Runnable> cleanup = new ArrayDeque<>();

  AuditRun(ApiClient client) {
    this.client = client;
  }

  ApiClient client() {
    return client;
  }

  /** The prefix of every name the audit gives what it creates. */
  String tag() {
    return tag;
  }

  Call call(String method, String route) {
    return new Call(this, method, route);
  }

  /** The remembered id of {@code name} ({@code person_id}…), null when its create failed. */
  String id(String name) {
    return ids.get(name);
  }

  /** Adds a check's verdict and passes {@code reply} on. */
  Reply record(Check check, Reply reply) {
    checks.add(check);
    return reply;
  }

  /**
   * Keeps the new id and plans its deletion through {@code deleteRoute} (null when the API has no
   * delete for it).
   */
  void created(Reply reply, String idField, String deleteRoute) {
    if (remember(reply, idField, idField) && deleteRoute != null) {
      deleteLater(() -> call("DELETE", deleteRoute).expect(204));
    }
  }

  /** The same, and afterwards checks that the deleted id is gone (404). */
  void createdThenGone(Reply reply, String idField, String route) {
    if (remember(reply, idField, idField)) {
      deleteLater(() -> call("GET", route).expect(404));
      deleteLater(() -> call("DELETE", route).expect(204));
    }
  }

  /** Keeps the value of {@code idField} under {@code idName}; false when there is no answer. */
  boolean remember(Reply reply, String idField, String idName) {
    if (reply == null) {
      return false;
    }
    ids.put(idName, reply.json().path(idField).asText());
    return true;
  }

  /** Cleanup runs last, in the reverse order of these calls. */
  void deleteLater(Runnable check) {
    cleanup.push(check);
  }

  void cleanUp() {
    while (!cleanup.isEmpty()) {
      cleanup.pop().run();
    }
  }

  List<Check> checks() {
    return List.copyOf(checks);
  }
}
