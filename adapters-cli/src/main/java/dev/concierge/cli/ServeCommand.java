package dev.concierge.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Run the HTTP API until stopped (Ctrl-C).",
      "Without DATABASE_URL it runs an embedded PostgreSQL with its data in CONCIERGE_DATA_DIR."
    })
final class ServeCommand implements Callable<Integer> {
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
    CountDownLatch stopped = new CountDownLatch(1);
    Settings serving = settings;
    RunningService service = RunningService.start(serving);
    Thread hook =
        new Thread(
            () -> {
              service.close();
              stopped.countDown();
            },
            "concierge-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    announce(context.out(), serving, service, System.console() != null);
    stopped.await();
    return ExitCodes.OK;
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
        settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host(),
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
}
