package dev.concierge.cli;

import dev.concierge.core.access.Caller;
import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.organization.Organization;
import dev.concierge.core.search.SearchHit;
import dev.concierge.core.search.SearchQuery;
import dev.concierge.core.search.SearchType;
import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code search "…"}: GET /api/v1/search from the command line, as the organization's operator. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Search everything an organization keeps (GET /api/v1/search), best match first:"
          + " rank, type, id, title, snippet (found words between **).",
      "Names match also misspelt; words in any English form; \"phrases\", or, -word as on the web."
    })
final class SearchCommand implements Callable<Integer> {
  @Mixin CommandContext context;

  @Parameters(index = "0", paramLabel = "TEXT", description = "The words to look for.")
  String text;

  @Option(
      names = "--org",
      paramLabel = "ORG_ID",
      description = "The organization (default: the default organization).")
  UUID org = Organization.DEFAULT_ID;

  @Option(
      names = "--types",
      paramLabel = "TYPE",
      split = ",",
      description =
          "Only these kinds: person, date_item, project, task, message, recommendation, resource.")
  List<String> types;

  @Option(names = "--person", paramLabel = "PERSON_ID", description = "Only this person's records.")
  UUID person;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Hits at most, 1 to 500 (default " + SearchQuery.DEFAULT_LIMIT + ").")
  Integer limit;

  @Override
  public Integer call() {
    SearchQuery query = SearchQuery.of(text, person, kinds(), limit);
    try (DatabaseSession session = DatabaseSession.open(context.settings(), "search")) {
      session.requireCurrentSchema();
      List<SearchHit> hits =
          session.concierge().search().find(Caller.operator(org, "concierge-admin search"), query);
      PrintWriter out = context.out();
      TextTable table = TextTable.of("RANK", "TYPE", "ID", "TITLE", "SNIPPET");
      for (SearchHit hit : hits) {
        table.row(
            String.format("%.3f", hit.rank()),
            hit.type().wireName(),
            hit.id(),
            hit.title(),
            hit.snippet().replaceAll("\\s+", " "));
      }
      table.print(out);
      out.printf("%d hit(s)%n", hits.size());
    }
    return ExitCodes.OK;
  }

  private Set<SearchType> kinds() {
    if (types == null) {
      return null;
    }
    Set<SearchType> kinds = EnumSet.noneOf(SearchType.class);
    for (String type : types) {
      kinds.add(
          SearchType.fromWireName(type.strip())
              .orElseThrow(
                  () ->
                      new ValidationException(
                          "types",
                          "must be among person, date_item, project, task, message,"
                              + " recommendation, resource; got "
                              + type)));
    }
    return kinds;
  }
}
