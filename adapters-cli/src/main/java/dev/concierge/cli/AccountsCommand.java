package dev.concierge.cli;

import dev.concierge.core.access.ApiRole;
import dev.concierge.core.access.Caller;
import dev.concierge.core.accounts.Account;
import dev.concierge.core.accounts.AccountChanges;
import dev.concierge.core.accounts.Accounts;
import dev.concierge.core.accounts.NewAccount;
import dev.concierge.core.errors.ValidationException;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "accounts",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Create, list and deactivate staff accounts, and set their passwords.",
      "Staff sign in with POST /api/v1/auth/login; machines use API keys."
    },
    subcommands = {
      AccountsCommand.Create.class,
      AccountsCommand.ListAccounts.class,
      AccountsCommand.SetPassword.class,
      AccountsCommand.Deactivate.class,
      CommandLine.HelpCommand.class
    })
final class AccountsCommand extends CommandGroup {
  /** A password is one line; more than this on standard input is not a password. */
  private static final int MAX_INPUT_BYTES = 8 * 1024;

  static <T> T withAccounts(CommandContext context, Function<Accounts, T> action) {
    try (DatabaseSession session = DatabaseSession.open(context.settings(), "accounts")) {
      session.migrations().migrate();
      return action.apply(session.concierge().accounts());
    }
  }

  /**
   * The password from standard input ({@code --password-stdin}: its first line), or typed twice at
   * the terminal. Never from the command line, where every user of the machine can read it in the
   * process list and the shell keeps it in its history.
   */
  static String password(CommandContext context, boolean fromStdin) {
    if (fromStdin) {
      return firstLine(context.in());
    }
    Console console = System.console();
    if (console == null) {
      throw new ValidationException(
          "password", "give it on standard input with --password-stdin (never as an argument)");
    }
    char[] typed = console.readPassword("Password: ");
    char[] again = console.readPassword("The same again: ");
    try {
      if (typed == null || !Arrays.equals(typed, again)) {
        throw new ValidationException("password", "the two entries differ");
      }
      return new String(typed);
    } finally {
      if (typed != null) {
        Arrays.fill(typed, '\0');
      }
      if (again != null) {
        Arrays.fill(again, '\0');
      }
    }
  }

  private static String firstLine(InputStream in) {
    try {
      byte[] bytes = in.readNBytes(MAX_INPUT_BYTES + 1);
      if (bytes.length > MAX_INPUT_BYTES) {
        throw new ValidationException("password", "standard input holds more than a password");
      }
      String text = new String(bytes, StandardCharsets.UTF_8);
      int end = text.indexOf('\n');
      String line = end < 0 ? text : text.substring(0, end);
      return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the password from standard input", e);
    }
  }

  /** An operator acts in the account's organization with the admin role. */
  private static Caller operator(UUID orgId) {
    return Caller.operator(orgId, "concierge-admin accounts");
  }

  private static ApiRole role(String role) {
    return ApiRole.fromWireName(role)
        .orElseThrow(() -> new ValidationException("role", "must be admin, concierge or analyst"));
  }

  @Command(
      name = "create",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description = {
        "Create a staff account. Its password comes from standard input (--password-stdin) or is"
            + " typed at the terminal; it is never an argument.",
        "Example: printf '%%s\\n' \"$PASSWORD\" | concierge-admin accounts create --org ORG_ID"
            + " --email anna@example.com --name \"Anna K.\" --role concierge --password-stdin"
      })
  static final class Create implements Callable<Integer> {
    @Mixin CommandContext context;

    @Option(names = "--org", required = true, paramLabel = "ORG_ID", description = "Organization.")
    UUID org;

    @Option(
        names = "--email",
        required = true,
        paramLabel = "EMAIL",
        description = "What the staff member signs in with; unique in the installation.")
    String email;

    @Option(
        names = "--name",
        required = true,
        paramLabel = "NAME",
        description = "How the account is shown.")
    String name;

    @Option(
        names = "--role",
        required = true,
        paramLabel = "ROLE",
        description = "admin, concierge or analyst.")
    String role;

    @Option(
        names = "--person",
        paramLabel = "PERSON_ID",
        description = "The staff member's person record, if there is one.")
    UUID person;

    @Option(
        names = "--password-stdin",
        description = "Read the password from the first line of standard input.")
    boolean passwordStdin;

    @Override
    public Integer call() {
      ApiRole accountRole = role(role);
      String password = password(context, passwordStdin);
      Account created =
          withAccounts(
              context,
              accounts ->
                  accounts.create(
                      operator(org), new NewAccount(email, name, accountRole, password, person)));
      context
          .out()
          .printf(
              "Created account %s (%s) %s for organization %s.%n",
              created.accountId(), accountRole.wireName(), created.email(), org);
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description = "List staff accounts (never their passwords).")
  static final class ListAccounts implements Callable<Integer> {
    @Mixin CommandContext context;

    @Option(
        names = "--org",
        paramLabel = "ORG_ID",
        description = "Only this organization's accounts; all organizations' by default.")
    UUID org;

    @Override
    public Integer call() {
      List<Account> accounts =
          withAccounts(context, Accounts::listAll).stream()
              .filter(a -> org == null || a.orgId().equals(org))
              .toList();
      PrintWriter out = context.out();
      TextTable table =
          TextTable.of("ID", "ORGANIZATION", "ROLE", "STATE", "LAST LOGIN", "EMAIL", "NAME");
      for (Account account : accounts) {
        table.row(
            account.accountId(),
            account.orgId(),
            account.role().wireName(),
            account.isActive() ? "active" : "inactive",
            account.lastLoginAt(),
            account.email(),
            account.displayName());
      }
      table.print(out);
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "set-password",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description = {
        "Set an account's password, from standard input (--password-stdin) or typed at the"
            + " terminal. Its tokens issued before stay valid until they expire."
      })
  static final class SetPassword implements Callable<Integer> {
    @Mixin CommandContext context;

    @Parameters(paramLabel = "ACCOUNT", description = "The account's id or email address.")
    String account;

    @Option(
        names = "--password-stdin",
        description = "Read the password from the first line of standard input.")
    boolean passwordStdin;

    @Override
    public Integer call() {
      String password = password(context, passwordStdin);
      Account changed =
          withAccounts(
              context,
              accounts -> {
                Account found = accounts.locate(account);
                return accounts.update(
                    operator(found.orgId()), found.accountId(), AccountChanges.password(password));
              });
      context.out().printf("Set the password of %s.%n", changed.email());
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "deactivate",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description = {
        "Deactivate an account: it can no longer sign in, and its access tokens stop working"
            + " within 5 seconds."
      })
  static final class Deactivate implements Callable<Integer> {
    @Mixin CommandContext context;

    @Parameters(paramLabel = "ACCOUNT", description = "The account's id or email address.")
    String account;

    @Override
    public Integer call() {
      Account changed =
          withAccounts(
              context,
              accounts -> {
                Account found = accounts.locate(account);
                return accounts.update(
                    operator(found.orgId()), found.accountId(), AccountChanges.deactivate());
              });
      context.out().printf("Deactivated %s (%s).%n", changed.email(), changed.accountId());
      return ExitCodes.OK;
    }
  }
}
