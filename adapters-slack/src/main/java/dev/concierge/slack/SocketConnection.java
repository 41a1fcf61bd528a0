package dev.concierge.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import dev.concierge.core.health.ConnectionState;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Socket Mode connection to Slack: opened in the background ({@code apps.connections.open},
 * then the WebSocket), opened again by itself when it fails to open at first (backing off up to
 * five minutes) and, once open, kept open by the SDK's session monitor, which reconnects a session
 * that stops answering pings. Its state is what {@code /health} reports: connected from Slack's
 * {@code hello} on, and checked again whenever a session closes (a replaced session closes after
 * its successor said hello).
 */
final class SocketConnection implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(SocketConnection.class);
  private static final Pattern HELLO = Pattern.compile("\"type\"\\s*:\\s*\"hello\"");
  private static final Duration FIRST_RETRY = Duration.ofSeconds(5);
  private static final Duration LAST_RETRY = Duration.ofMinutes(5);

  private final SocketModeApp socket;
  private final ScheduledExecutorService watcher =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "slack-socket");
            thread.setDaemon(true);
            return thread;
          });
  private volatile ConnectionState state = ConnectionState.DISCONNECTED;
  private volatile SocketModeClient client;
  private volatile boolean closed;

  SocketConnection(String appToken, App app) throws IOException {
    this.socket = new SocketModeApp(appToken, app);
  }

  /** Starts connecting, without waiting for it. */
  void open() {
    watcher.execute(() -> connect(FIRST_RETRY));
  }

  ConnectionState state() {
    return closed ? ConnectionState.OFF : state;
  }

  private void connect(Duration nextRetry) {
    if (closed) {
      return;
    }
    try {
      socket.startAsync();
      SocketModeClient started = socket.getClient();
      started.addWebSocketMessageListener(
          message -> {
            if (HELLO.matcher(message).find()) {
              state = ConnectionState.CONNECTED;
            }
          });
      started.addWebSocketCloseListener((code, reason) -> checkLater());
      started.addWebSocketErrorListener(error -> checkLater());
      client = started;
      check();
      log.info("Slack Socket Mode is open; the front desk is listening");
    } catch (Exception e) {
      // the token is refused, or Slack (or SLACK_API_URL) cannot be reached: try again later
      log.warn(
          "Could not open Slack's Socket Mode, trying again in {} s: {}",
          nextRetry.toSeconds(),
          e.getMessage());
      Duration after = nextRetry.multipliedBy(2);
      watcher.schedule(
          () -> connect(after.compareTo(LAST_RETRY) > 0 ? LAST_RETRY : after),
          nextRetry.toMillis(),
          TimeUnit.MILLISECONDS);
    }
  }

  private void checkLater() {
    if (!closed) {
      watcher.execute(this::check);
    }
  }

  /** Asks the current session for a pong (the SDK waits up to 3 s for it). */
  private void check() {
    SocketModeClient current = client;
    if (!closed) {
      state =
          current != null && current.verifyConnection()
              ? ConnectionState.CONNECTED
              : ConnectionState.DISCONNECTED;
    }
  }

  /** Closes the session and stops the SDK's reconnecting and its threads. */
  @Override
  public void close() {
    closed = true;
    watcher.shutdownNow();
    SocketModeClient current = socket.getClient();
    if (current != null) {
      try {
        current.close();
      } catch (IOException e) {
        log.debug("Closing the Slack session: {}", e.getMessage());
      }
    }
  }
}
