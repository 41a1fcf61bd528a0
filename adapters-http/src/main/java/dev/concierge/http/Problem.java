package dev.concierge.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.concierge.core.errors.FieldError;
import java.util.List;
import java.util.UUID;

/**
 * An RFC 9457 problem document. {@code errors} lists each offending field of a validation failure;
 * {@code correlation_id} ties a response to the server's log; {@code run_id} and {@code
 * conversation_id} say where a chat the assistant could not answer is kept.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<FieldError> errors,
    String correlationId,
    UUID runId,
    UUID conversationId) {

  public static final String MEDIA_TYPE = "application/problem+json";
  static final String TYPE_BASE = "https://concierge.dev/problems/";

  public Problem {
    errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
  }

  static Problem of(String slug, String title, int status, String detail) {
    return new Problem(TYPE_BASE + slug, title, status, detail, null, null, null, null, null);
  }

  Problem at(String path, String requestId) {
    return new Problem(type, title, status, detail, path, errors, requestId, runId, conversationId);
  }

  Problem withErrors(List<FieldError> fieldErrors) {
    return new Problem(
        type, title, status, detail, instance, fieldErrors, correlationId, runId, conversationId);
  }

  /** The problem of a chat whose failed run is {@code run} and message is kept in {@code kept}. */
  Problem ofChat(UUID run, UUID kept) {
    return new Problem(type, title, status, detail, instance, errors, correlationId, run, kept);
  }
}
