package dev.concierge.cli;

import dev.concierge.cli.audit.ApiAudit;
import dev.concierge.cli.audit.Check;
import dev.concierge.core.errors.ValidationException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Exercise every endpoint of a running API over HTTP and report each call.",
      "Creates throw-away data named audit-… and deletes it again; what the API cannot delete"
          + " (a project, a conversation and its message) stays, under that name.",
      "Needs an admin key (categories, the catalogue and accounts are admin-only).",
      "Exit 0 when every check passes, 1 otherwise (or when the API cannot be reached)."
    })
final class AuditCommand implements Callable<Integer> {
  @Mixin CommandContext context;

  @Option(
      names = "--url",
      required = true,
      paramLabel = "URL",
      description = "The service's base URL, e.g. http://localhost:8000.")
  String url;

  @Option(
      names = "--api-key",
      required = true,
      paramLabel = "KEY",
      description = "An admin API key of the organization to audit in.")
  String apiKey;

  @Override
  public Integer call() {
    ApiAudit audit = new ApiAudit(baseUrl(url), apiKey.strip());
    List<Check> checks = audit.run();
    PrintWriter out = context.out();
    int methodWidth = "METHOD".length();
    int pathWidth = "PATH".length();
    for (Check check : checks) {
      methodWidth = Math.max(methodWidth, check.method().length());
      pathWidth = Math.max(pathWidth, check.path().length());
    }
    String row = "%-" + methodWidth + "s  %-" + pathWidth + "s  %-6s  %s%n";
    out.printf(row, "METHOD", "PATH", "STATUS", "OK");
    long failed = 0;
    for (Check check : checks) {
      String verdict = check.ok() ? "ok" : "FAIL  " + check.failure();
      out.printf(
          row,
          check.method(),
          check.path(),
          check.status() == 0 ? "-" : String.valueOf(check.status()),
          verdict);
      failed += check.ok() ? 0 : 1;
    }
    out.println();
    out.println(
        "Everything the audit created is deleted again; persons, identities, date items,"
            + " reminders, projects, conversations, catalogue entries and accounts are"
            + " soft-deleted.");
    out.printf("%d passed, %d failed%n", checks.size() - failed, failed);
    return failed == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
  }

  private static URI baseUrl(String url) {
    try {
      URI uri = new URI(url.strip());
      if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          || uri.getHost() == null) {
        throw new ValidationException("url", "must be an http:// or https:// URL, got " + url);
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new ValidationException("url", "is not a URL: " + url);
    }
  }
}
