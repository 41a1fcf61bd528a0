package dev.concierge.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.util.http.SlackHttpClient;
import java.time.Duration;
import java.util.ArrayList;
import okhttp3.OkHttpClient;

/** Builds the one {@link Slack} instance a sender or the front desk keeps. */
final class SlackClients {

  private SlackClients() {}

  /** For the reminder sender: one call is one request. */
  static Slack create(String methodsEndpointUrlPrefix, Duration timeout) {
    return create(methodsEndpointUrlPrefix, timeout, false);
  }

  /**
   * @param resendOnStaleConnection whether a call that found its pooled connection closed by the
   *     server (a proxy, a server that closes idle connections) is sent again on a new one. The
   *     front desk wants it: without it, a thread's answer or the auth.test of an event is lost to
   *     a connection the server had already dropped; at worst an answer arrives twice.
   */
  static Slack create(
      String methodsEndpointUrlPrefix, Duration timeout, boolean resendOnStaleConnection) {
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(methodsEndpointUrlPrefix);
    // With stats on, the SDK calls auth.test for the team id before the first post and keeps
    // rate-limit metrics in background threads: requests the dispatcher never asked for.
    config.setStatsEnabled(false);
    // The default listeners log every request body at DEBUG, and a body is a person's message.
    config.setHttpClientResponseHandlers(new ArrayList<>());

    OkHttpClient okHttp =
        SlackHttpClient.buildOkHttpClient(config)
            .newBuilder()
            // for the sender, a POST resent after a connection failure is a duplicate reminder
            .retryOnConnectionFailure(resendOnStaleConnection)
            .connectTimeout(timeout)
            .readTimeout(timeout)
            .writeTimeout(timeout)
            // bounds the whole exchange, so a server that trickles bytes cannot hold a worker
            .callTimeout(timeout)
            .build();
    return Slack.getInstance(config, new SlackHttpClient(okHttp));
  }
}
