package dev.concierge.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Run the HTTP API until stopped (SIGTERM or Ctrl-C; exit code 0 after a clean stop).",
      "Without DATABASE_URL it runs an embedded PostgreSQL with its data in CONCIERGE_DATA_DIR."
    })
final class ServeCommand implements Callable<Integer> {
  private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

  @Mixin CommandContext context;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = "Port to listen on (default: $PORT or 8000; 0 picks a free one).")
  Integer port;

  @Override
  public Integer call() throws InterruptedException {
    Settings settings = context.settings();
    if (port != null) {
      settings = settings.withPort(port);
    }
    RunningService service = RunningService.start(settings);
    // for whatever else ends the JVM (SIGHUP, a second signal's exit): the service still closes
    Runtime.getRuntime().addShutdownHook(new Thread(service::close, "concierge-shutdown"));
    StopSignals signals = StopSignals.install(ServeCommand::stopAtOnce);
    announce(context.out(), settings, service, System.console() != null);

    StopSignals.Received signal = signals.awaitFirst();
    log.info(
        "{}: stopping; requests in flight have up to {} to finish",
        signal,
        seconds(settings.http().shutdownGrace()));
    return service.stop().map(ServeCommand::report).orElse(ExitCodes.OK);
  }

  /**
   * What serve prints once it listens: where, on which database, and where the first admin key is
   * when this start created one. The key itself only goes to a terminal: standard output that is
   * not one ends up in log files and container logs, which outlive the key's secrecy.
   */
  static void announce(
      PrintWriter out, Settings settings, RunningService service, boolean toTerminal) {
    out.printf(
        "%s %s is listening on http://%s:%d (health: /health)%n",
        settings.appName(),
        settings.appVersion(),
        settings.http().host().contains(":")
            ? "[" + settings.http().host() + "]"
            : settings.http().host(),
        service.port());
    out.printf("Database: %s%n", service.databaseDescription());
    Path keyFile = settings.dataDir().resolve(AdminKeyFile.NAME);
    service
        .firstAdminKey()
        .ifPresent(
            key -> {
              if (toTerminal) {
                out.printf("Created the first admin API key (shown once; also in %s):%n", keyFile);
                out.println(key.secret());
              } else {
                out.printf(
                    "Created the first admin API key in %s (readable by its owner only;"
                        + " printed only to a terminal)%n",
                    keyFile);
              }
            });
    out.flush();
  }

  private static int report(RunningService.Stopped stopped) {
    if (stopped.clean()) {
      log.info("Stopped after draining for {}", seconds(stopped.draining()));
      return ExitCodes.OK;
    }
    log.warn(
        "Stopped after draining for {}, not cleanly: {}",
        seconds(stopped.draining()),
        String.join("; ", stopped.failed()));
    return ExitCodes.FAILURE;
  }

  /** A second signal while stopping: the requests still draining are cut off. */
  private static void stopAtOnce(StopSignals.Received signal) {
    log.warn("{} again: stopping at once, cutting off the requests in flight", signal);
    // exit runs the shutdown hooks, so the embedded database is still stopped properly
    System.exit(signal.exitCode());
  }

  private static String seconds(Duration duration) {
    return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
  }
}
