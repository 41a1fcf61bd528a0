package dev.concierge.cli;

import dev.concierge.cli.demo.DemoSeed;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Demo data.",
    subcommands = {DemoCommand.Seed.class, CommandLine.HelpCommand.class})
final class DemoCommand extends CommandGroup {

  @Command(
      name = "seed",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description = {
        "Fill the default organization with a believable demo: clients and their families in"
            + " several time zones, dates with reminders, projects, conversations, a catalogue"
            + " and recommendations.",
        "Written through the use cases, so every rule applies. Safe to run twice: a second run"
            + " finds the demo and adds nothing. Safe while serve runs."
      })
  static final class Seed implements Callable<Integer> {
    @Mixin CommandContext context;

    @Override
    public Integer call() {
      Settings settings = context.settings();
      try (DatabaseSession session = DatabaseSession.open(settings, "demo-seed")) {
        session.migrations().migrate();
        DemoSeed.Outcome outcome = new DemoSeed(session.concierge(), Clock.systemUTC()).run();
        PrintWriter out = context.out();
        if (outcome.alreadyPresent()) {
          out.println("Demo data is already present in the default organization; nothing added.");
        } else {
          out.println("Seeded the demo organization (default organization):");
          for (Map.Entry<String, Integer> count : outcome.counts().entrySet()) {
            out.printf("  %-18s %d%n", count.getKey(), count.getValue());
          }
        }
        out.println();
        out.println("A client's dashboard:");
        Path keyFile = settings.dataDir().resolve(AdminKeyFile.NAME);
        out.printf(
            "  curl -H \"Authorization: Bearer $(cat %s)\" localhost:%d/api/v1/persons/%s/dashboard%n",
            keyFile, settings.http().port(), outcome.exampleClientId());
        if (!Files.exists(keyFile)) {
          out.println("  (the first 'concierge-admin serve' writes that key file)");
        }
        return ExitCodes.OK;
      }
    }
  }
}
