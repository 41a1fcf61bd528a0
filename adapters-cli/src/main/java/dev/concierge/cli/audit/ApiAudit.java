package dev.concierge.cli.audit;

import dev.concierge.core.errors.UnavailableException;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Exercises every route of the API against a running server over real HTTP, with throw-away data it
 * creates and then deletes again (in reverse order). Each check asserts the status and a few
 * essentials of the answer: an id and a {@code Location} on create, {@code X-Total-Count} on lists,
 * {@code application/problem+json} on failures. The checks are grouped by area of the API, one
 * class each, run in this order because later areas use what earlier ones created.
 *
 * <p>Everything it creates is deleted again through the API. Persons, identities, preferences, date
 * items, reminders, projects and their tasks, conversations and their messages, catalogue entries
 * and the staff account are soft-deleted, so their rows stay in the database but leave the API.
 * Every write the audit makes is in the audit log like any other, under the key it runs with.
 */
public final class ApiAudit {
  private static final List<Area> AREAS =
      List.of(
          new ServiceChecks(),
          new AccessChecks(),
          new OrganizationChecks(),
          new AccountChecks(),
          new CatalogueChecks(),
          new PersonChecks(),
          new RelationshipChecks(),
          new DateChecks(),
          new CalendarChecks(),
          new ProjectChecks(),
          new ConversationChecks(),
          new PreferenceChecks(),
          new OverviewChecks(),
          new FileChecks(),
          new RecommendationChecks(),
          new AgentChecks(),
          new SlackChecks(),
          new AuditLogChecks());

  private final ApiClient client;
  private final AuditRun run;

  /**
   * An audit of the server at {@code baseUrl} with an admin key of the organization to audit in.
   */
  public ApiAudit(URI baseUrl, String apiKey) {
    this.client = new ApiClient(baseUrl, apiKey);
    this.run = new AuditRun(client);
  }

  /**
   * Runs every check, then deletes what it created.
   *
   * @return the checks in the order they ran
   * @throws UnavailableException when the server cannot be reached at all
   */
  public List<Check> run() {
    client.reach();
    try {
      AREAS.forEach(area -> area.check(run));
    } finally {
      run.cleanUp();
    }
    return run.checks();
  }

  /** "METHOD /route/{template}" of every operation called. */
  public Set<String> exercisedOperations() {
    Set<String> operations = new TreeSet<>();
    run.checks().forEach(check -> operations.add(check.operation()));
    return operations;
  }
}
