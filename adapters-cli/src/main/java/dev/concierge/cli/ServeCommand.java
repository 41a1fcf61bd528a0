package dev.concierge.cli;

import java.io.PrintWriter;
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
    PrintWriter out = context.out();
    out.printf(
        "%s %s is listening on http://%s:%d (health: /health)%n",
        settings.appName(),
        settings.appVersion(),
        settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host(),
        service.port());
    out.printf("Database: %s%n", service.databaseDescription());
    service
        .firstAdminKey()
        .ifPresent(
            key -> {
              out.printf(
                  "Created the first admin API key (shown once; also in %s):%n",
                  serving.dataDir().resolve(AdminKeyFile.NAME));
              out.println(key.secret());
            });
    out.flush();
    stopped.await();
    return ExitCodes.OK;
  }
}
