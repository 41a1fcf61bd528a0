package dev.concierge.cli;

import dev.concierge.core.access.ApiKey;
import dev.concierge.core.access.ApiKeys;
import dev.concierge.core.access.ApiRole;
import dev.concierge.core.access.IssuedApiKey;
import dev.concierge.core.errors.ValidationException;
import java.io.PrintWriter;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "api-keys",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Create, list and revoke API keys.",
    subcommands = {
      ApiKeysCommand.Create.class,
      ApiKeysCommand.ListKeys.class,
      ApiKeysCommand.Revoke.class,
      CommandLine.HelpCommand.class
    })
final class ApiKeysCommand extends CommandGroup {

  static <T> T withApiKeys(CommandContext context, Function<ApiKeys, T> action) {
    try (DatabaseSession session = DatabaseSession.open(context.settings(), "api-keys")) {
      session.migrations().migrate();
      return action.apply(session.concierge().apiKeys());
    }
  }

  @Command(
      name = "create",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description = {
        "Create an API key. The key is printed once, alone on the last line; only its hash is kept."
      })
  static final class Create implements Callable<Integer> {
    @Mixin CommandContext context;

    @Option(names = "--org", required = true, paramLabel = "ORG_ID", description = "Organization.")
    UUID org;

    @Option(
        names = "--role",
        required = true,
        paramLabel = "ROLE",
        description = "admin, concierge or analyst.")
    String role;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "What it is for.")
    String name;

    @Override
    public Integer call() {
      ApiRole apiRole =
          ApiRole.fromWireName(role)
              .orElseThrow(
                  () -> new ValidationException("role", "must be admin, concierge or analyst"));
      IssuedApiKey issued = withApiKeys(context, keys -> keys.issue(org, apiRole, name, "cli"));
      PrintWriter out = context.out();
      out.printf(
          "Created API key %s (%s) \"%s\" for organization %s.%n",
          issued.key().apiKeyId(), apiRole.wireName(), issued.key().name(), org);
      out.println("It is shown only now; store it safely:");
      out.println(issued.secret());
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description = "List every API key (prefixes only, never the keys).")
  static final class ListKeys implements Callable<Integer> {
    @Mixin CommandContext context;

    @Override
    public Integer call() {
      java.util.List<ApiKey> keys = withApiKeys(context, ApiKeys::list);
      PrintWriter out = context.out();
      TextTable table =
          TextTable.of("ID", "PREFIX", "ORGANIZATION", "ROLE", "STATE", "LAST USED", "NAME");
      for (ApiKey key : keys) {
        table.row(
            key.apiKeyId(),
            key.keyPrefix(),
            key.orgId(),
            key.role().wireName(),
            key.isRevoked() ? "revoked" : "active",
            key.lastUsedAt(),
            key.name());
      }
      table.print(out);
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "revoke",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description = "Revoke an API key: it stops working at once.")
  static final class Revoke implements Callable<Integer> {
    @Mixin CommandContext context;

    @Parameters(paramLabel = "ID", description = "The key's id (see api-keys list).")
    UUID id;

    @Override
    public Integer call() {
      ApiKey revoked = withApiKeys(context, keys -> keys.revoke(id));
      context.out().printf("Revoked API key %s \"%s\".%n", revoked.apiKeyId(), revoked.name());
      return ExitCodes.OK;
    }
  }
}
