package dev.concierge.cli;

import dev.concierge.core.digest.DigestPreview;
import dev.concierge.core.digest.DigestReport;
import dev.concierge.library.Concierge;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "digest",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Staff digests: one message a day or a week instead of many.",
    subcommands = {DigestCommand.Preview.class, DigestCommand.SendDue.class})
final class DigestCommand extends CommandGroup {

  @Command(
      name = "preview",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description = {
        "Print what an account's digest would say if it were sent now, as it would be sent.",
        "Sends nothing; works whether the account's digest is on or off."
      })
  static final class Preview implements Callable<Integer> {
    @Mixin CommandContext context;

    @Option(
        names = "--account",
        paramLabel = "EMAIL",
        required = true,
        description = "The staff account's email address.")
    String email;

    @Override
    public Integer call() {
      try (DatabaseSession session = DatabaseSession.open(context.settings(), "digest")) {
        session.requireCurrentSchema();
        DigestPreview preview = session.concierge().digests().previewFor(email);
        PrintWriter out = context.out();
        out.printf(
            "to: %s (%s, %s)%n",
            preview.address(),
            preview.settings().channel().wireName(),
            preview.settings().enabled() ? "on" : "off");
        out.printf("subject: %s%n%n%s%n", preview.message().subject(), preview.message().text());
        if (preview.content().isEmpty()) {
          out.println("(nothing to say: this digest would not be sent)");
        }
        return ExitCodes.OK;
      }
    }
  }

  @Command(
      name = "send-due",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description = {
        "Send the digests whose time has come, once: what serve does every REMINDER_CHECK_INTERVAL.",
        "Safe alongside serve and other runs: each account's digest of a day is claimed by one.",
        "Prints sent=N empty=E failed=F retrying=R."
      })
  static final class SendDue implements Callable<Integer> {
    @Mixin CommandContext context;

    @Override
    public Integer call() {
      try (DatabaseSession session = DatabaseSession.open(context.settings(), "digest")) {
        session.requireCurrentSchema();
        try (ProviderClients providers = ProviderClients.open(context.settings())) {
          Concierge concierge =
              session.concierge(
                  providers.configure(DatabaseSession.configured(context.settings())));
          DigestReport report = concierge.digests().sendDue();
          context
              .out()
              .printf(
                  "sent=%d empty=%d failed=%d retrying=%d%n",
                  report.sent(), report.empty(), report.failed(), report.retrying());
          return ExitCodes.OK;
        }
      }
    }
  }
}
