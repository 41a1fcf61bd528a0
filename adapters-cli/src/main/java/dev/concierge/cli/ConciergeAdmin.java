package dev.concierge.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Map;
import java.util.UUID;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code concierge-admin}: run the service and operate it. */
@Command(
    name = "concierge-admin",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Run and operate Concierge.",
    subcommands = {
      ServeCommand.class,
      DbCommand.class,
      RecurrenceCommand.class,
      BackfillCommand.class,
      ApiKeysCommand.class,
      AccountsCommand.class,
      OrgsCommand.class,
      AuditCommand.class,
      AuditLogCommand.class,
      DemoCommand.class,
      GenerateCommand.class,
      RemindersCommand.class,
      AgentsCommand.class,
      CalendarCommand.class,
      FilesCommands.Export.class,
      FilesCommands.Import.class,
      FilesCommands.Report.class,
      SearchCommand.class,
      DigestCommand.class,
      CommandLine.HelpCommand.class
    })
public final class ConciergeAdmin implements Runnable {
  private final Map<String, String> environment;
  private final InputStream stdin;
  private Settings settings;

  ConciergeAdmin(Map<String, String> environment, InputStream stdin) {
    this.environment = Map.copyOf(environment);
    this.stdin = stdin;
  }

  public static void main(String[] args) {
    chooseLogFormat();
    quietLoggingUnlessServing(args);
    System.exit(
        execute(
            System.getenv(),
            args,
            System.in,
            new PrintWriter(System.out),
            new PrintWriter(System.err)));
  }

  /** Runs one command line against the given environment, with nothing on standard input. */
  static int execute(Map<String, String> env, String[] args, PrintWriter out, PrintWriter err) {
    return execute(env, args, InputStream.nullInputStream(), out, err);
  }

  /** Runs one command line against the given environment and input; returns its exit code. */
  static int execute(
      Map<String, String> env, String[] args, InputStream in, PrintWriter out, PrintWriter err) {
    ConciergeAdmin root = new ConciergeAdmin(env, in);
    CommandLine commandLine = new CommandLine(root);
    commandLine.setOut(out);
    commandLine.setErr(err);
    ExitCodes exitCodes = new ExitCodes(Settings.debugRequested(env));
    commandLine.setExecutionExceptionHandler(exitCodes);
    commandLine.setParameterExceptionHandler(exitCodes);
    commandLine.registerConverter(UUID.class, ConciergeAdmin::uuid);
    int code = commandLine.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  private static UUID uuid(String text) {
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException("'" + text + "' is not a UUID");
    }
  }

  /** Settings are read on first use, so --help and --version work whatever the environment. */
  synchronized Settings settings() {
    if (settings == null) {
      settings = Settings.from(environment, VersionProvider.buildVersion());
    }
    return settings;
  }

  /** What the command line was given on standard input (a password, never an argument). */
  InputStream stdin() {
    return stdin;
  }

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "Missing command: try 'concierge-admin serve' or '--help'.");
  }

  /** LOG_FORMAT picks the logback configuration, unless one was named with -D. */
  private static void chooseLogFormat() {
    LogFormat format = LogFormat.requested(System.getenv());
    if (format != LogFormat.TEXT && System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", format.configuration());
    }
  }

  /**
   * Logs go to stderr. Operational commands print their results on stdout and keep the log to
   * warnings, so scripts can read what they print; serve logs what it does.
   */
  private static void quietLoggingUnlessServing(String[] args) {
    boolean serving = args.length > 0 && args[0].equals("serve");
    if (System.getProperty("concierge.log.level") == null) {
      boolean verbose = Settings.debugRequested(System.getenv());
      System.setProperty("concierge.log.level", verbose ? "DEBUG" : serving ? "INFO" : "WARN");
    }
  }
}
