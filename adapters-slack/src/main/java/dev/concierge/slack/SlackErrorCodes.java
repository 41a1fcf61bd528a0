package dev.concierge.slack;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sorts the {@code error} codes of a Slack Web API answer into those a later try cannot fix and
 * those it may. The lists follow chat.postMessage's documented errors plus the errors every method
 * can return; codes Slack adds later fall to the naming rule in {@link #isPermanent}.
 */
final class SlackErrorCodes {

  private static final Set<String> PERMANENT =
      Set.of(
          "channel_not_found",
          "not_in_channel",
          "is_archived",
          "account_inactive",
          "user_not_found",
          "user_disabled",
          "invalid_auth",
          "not_authed",
          "token_revoked",
          "token_expired",
          "no_permission",
          "missing_scope",
          "not_allowed_token_type",
          "access_denied",
          "ekm_access_denied",
          "org_login_required",
          "team_access_not_granted",
          "two_factor_setup_required",
          "enterprise_is_restricted",
          "msg_too_long",
          "no_text",
          "too_many_attachments",
          "as_user_not_supported",
          "cannot_reply_to_message",
          "messages_tab_disabled",
          "restricted_action",
          "restricted_action_read_only_channel",
          "restricted_action_thread_only_channel",
          "restricted_action_non_threadable_channel",
          "invalid_arguments",
          "invalid_charset",
          "invalid_form_data",
          "deprecated_endpoint",
          "method_deprecated",
          // the endpoint prefix points somewhere that is not the Web API: configuration, not luck
          "unknown_method");

  private static final Set<String> TRANSIENT =
      Set.of(
          "ratelimited",
          "rate_limited",
          "message_limit_exceeded",
          "internal_error",
          "fatal_error",
          "service_unavailable",
          "request_timeout",
          // the workspace is moving into an Enterprise org; Slack says this passes
          "team_added_to_org");

  // Slack names "this request is wrong" errors this way; a retry would send the same request.
  private static final List<String> PERMANENT_PREFIXES =
      List.of("invalid_", "not_", "missing_", "restricted_", "no_");
  private static final List<String> PERMANENT_SUFFIXES =
      List.of("_not_found", "_denied", "_revoked", "_inactive", "_archived", "_disabled");

  private SlackErrorCodes() {}

  /**
   * True when retrying cannot help. Listed codes are decided by their list; an unknown code is
   * permanent when its name says the request itself is wrong (a prefix {@code invalid_}, {@code
   * not_}, {@code missing_}, {@code restricted_}, {@code no_} or a suffix such as {@code
   * _not_found}), and transient otherwise, so that a new kind of outage costs a few retries rather
   * than a dropped reminder.
   */
  static boolean isPermanent(String code) {
    String normalized = code.toLowerCase(Locale.ROOT);
    if (PERMANENT.contains(normalized)) {
      return true;
    }
    if (TRANSIENT.contains(normalized)) {
      return false;
    }
    return PERMANENT_PREFIXES.stream().anyMatch(normalized::startsWith)
        || PERMANENT_SUFFIXES.stream().anyMatch(normalized::endsWith);
  }
}
