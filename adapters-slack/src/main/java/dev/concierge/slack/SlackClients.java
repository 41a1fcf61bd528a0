package dev.concierge.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.util.http.SlackHttpClient;
import java.time.Duration;
import java.util.ArrayList;
import okhttp3.OkHttpClient;

/** Builds the one {@link Slack} instance a sender keeps, configured so one call is one request. */
final class SlackClients {

  private SlackClients() {}

  static Slack create(String methodsEndpointUrlPrefix, Duration timeout) {
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
            // OkHttp may otherwise resend a POST after a connection failure: a duplicate reminder.
            .retryOnConnectionFailure(false)
            .connectTimeout(timeout)
            .readTimeout(timeout)
            .writeTimeout(timeout)
            // bounds the whole exchange, so a server that trickles bytes cannot hold a worker
            .callTimeout(timeout)
            .build();
    return Slack.getInstance(config, new SlackHttpClient(okHttp));
  }
}
