package dev.concierge.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.core.UseCases;
import dev.concierge.core.access.ApiKey;
import dev.concierge.core.access.ApiKeyStore;
import dev.concierge.core.access.ApiKeys;
import dev.concierge.core.access.ApiRole;
import dev.concierge.core.accounts.AccessTokens;
import dev.concierge.core.accounts.AccountSessions;
import dev.concierge.core.accounts.Accounts;
import dev.concierge.core.agents.ContextBuilder;
import dev.concierge.core.agents.ContextLimits;
import dev.concierge.core.agents.actions.PendingActions;
import dev.concierge.core.agents.chat.AgentChat;
import dev.concierge.core.agents.chat.AgentModels;
import dev.concierge.core.agents.roster.AgentRoster;
import dev.concierge.core.agents.runs.AgentRuns;
import dev.concierge.core.audit.AuditLog;
import dev.concierge.core.audit.AuditTrail;
import dev.concierge.core.calendar.CalendarFeeds;
import dev.concierge.core.calendar.CalendarImport;
import dev.concierge.core.catalogue.Catalogue;
import dev.concierge.core.catalogue.Recommendations;
import dev.concierge.core.categories.DateCategories;
import dev.concierge.core.conversations.ConversationLog;
import dev.concierge.core.dashboard.OrganizationCalendar;
import dev.concierge.core.dashboard.PersonDashboard;
import dev.concierge.core.dates.DateItems;
import dev.concierge.core.digest.StaffDigests;
import dev.concierge.core.exchange.Exports;
import dev.concierge.core.exchange.PersonImport;
import dev.concierge.core.frontdesk.UnknownContacts;
import dev.concierge.core.health.CheckHealth;
import dev.concierge.core.identities.CommIdentities;
import dev.concierge.core.model.Metadata;
import dev.concierge.core.organization.Organization;
import dev.concierge.core.organization.OrganizationStore;
import dev.concierge.core.organization.OrganizationSummary;
import dev.concierge.core.organization.Organizations;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.persons.Person;
import dev.concierge.core.persons.PersonDirectory;
import dev.concierge.core.persons.PersonStore;
import dev.concierge.core.persons.PersonType;
import dev.concierge.core.persons.PersonZones;
import dev.concierge.core.ports.OrganizationScopes;
import dev.concierge.core.preferences.Preferences;
import dev.concierge.core.projects.ProjectBoard;
import dev.concierge.core.relationships.Relationships;
import dev.concierge.core.reminders.Reminders;
import dev.concierge.core.reminders.bulk.BulkReminders;
import dev.concierge.core.reminders.delivery.ReminderLinkVisits;
import dev.concierge.core.reminders.delivery.Senders;
import dev.concierge.core.reminders.planning.RescheduleDates;
import dev.concierge.core.reports.ClientReports;
import dev.concierge.core.search.Search;
import dev.concierge.core.search.SearchText;
import java.lang.reflect.Constructor;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/**
 * Every authenticated /api/v1 request runs inside its caller's organization scope, and leaves it on
 * the same thread whatever the outcome; the key lookup runs outside any scope.
 */
class OrganizationScopingTest {
  private static final UUID ORG = UUID.randomUUID();
  private static final UUID KNOWN = UUID.randomUUID();
  private static final UUID MISSING = UUID.randomUUID();
  private static final UUID BROKEN = UUID.randomUUID();

  private final RecordingScopes scopes = new RecordingScopes();
  private final List<Optional<UUID>> scopeOfKeyLookups = new CopyOnWriteArrayList<>();
  private final List<Optional<UUID>> scopeOfPersonLoads = new CopyOnWriteArrayList<>();
  private final List<Optional<String>> loggedOrgOfKeyLookups = new CopyOnWriteArrayList<>();
  private final List<Optional<String>> loggedOrgOfHealthChecks = new CopyOnWriteArrayList<>();
  private final List<Optional<String>> loggedOrgOfPersonLoads = new CopyOnWriteArrayList<>();
  private final HttpClient client = HttpClient.newHttpClient();
  private HttpServer server;
  private String key;

  @BeforeEach
  void start() {
    ObservedKeys keys = new ObservedKeys();
    OrganizationStore organizations = new EveryOrganization();
    AuditTrail trail = build(AuditTrail.class);
    ApiKeys apiKeys = build(ApiKeys.class, keys, organizations, trail, Clock.systemUTC());
    key = apiKeys.issue(ORG, ApiRole.ADMIN, "test", "test").secret();

    PersonStore persons = new ObservedPersons();
    Clock clock = Clock.systemUTC();
    Accounts accounts = build(Accounts.class, persons, clock, trail);
    RescheduleDates rescheduling = build(RescheduleDates.class, clock);
    DateItems dateItems = build(DateItems.class, rescheduling, clock, trail);
    CommIdentities identities = build(CommIdentities.class, trail);
    UseCases api =
        new FakeUseCases(
            apiKeys,
            build(PersonDirectory.class, persons, trail, dateItems),
            build(DateCategories.class, trail),
            build(ProjectBoard.class, trail),
            build(ConversationLog.class, trail),
            identities,
            dateItems,
            build(Reminders.class, rescheduling, clock, trail),
            build(PersonDashboard.class, clock),
            build(Catalogue.class, trail),
            build(Recommendations.class, trail),
            build(AuditLog.class),
            accounts,
            new AccountSessions(
                accounts, (AccessTokens) unused(AccessTokens.class), Duration.ofMinutes(15), clock),
            scopes,
            build(Organizations.class, trail),
            build(PersonZones.class),
            build(Relationships.class, trail),
            build(Preferences.class, trail, clock),
            build(AgentRoster.class, trail),
            build(AgentRuns.class),
            build(PendingActions.class, clock),
            build(UnknownContacts.class, identities),
            build(
                AgentChat.class,
                build(ConversationLog.class, trail),
                build(AgentRoster.class, trail),
                build(ContextBuilder.class, clock, ContextLimits.DEFAULT),
                build(AgentRuns.class),
                AgentModels.off("not asked for here"),
                clock),
            build(OrganizationCalendar.class, clock),
            build(CalendarFeeds.class, trail, scopes),
            build(CalendarImport.class, dateItems),
            build(Exports.class),
            build(PersonImport.class, clock),
            build(
                ClientReports.class,
                build(PersonDirectory.class, persons, trail, dateItems),
                build(Organizations.class, trail),
                build(PersonDashboard.class, clock),
                dateItems,
                build(Reminders.class, rescheduling, clock, trail),
                build(ProjectBoard.class, trail),
                build(Recommendations.class, trail),
                clock),
            build(Search.class),
            build(BulkReminders.class, build(Reminders.class, rescheduling, clock, trail)),
            new ReminderLinkVisits(null, build(Reminders.class, rescheduling, clock, trail)),
            build(
                StaffDigests.class,
                build(OrganizationCalendar.class, clock),
                build(PersonDashboard.class, clock),
                trail,
                Senders.outboxOnly(),
                clock,
                "test"));
    server =
        new HttpServer(
                new HttpSettings("127.0.0.1", 0, HttpSettings.ONE_MEGABYTE, false),
                new CheckHealth(
                    "test",
                    () -> {
                      loggedOrgOfHealthChecks.add(
                          Optional.ofNullable(MDC.get(Authentication.ORG_MDC_KEY)));
                      return true;
                    }),
                api)
            .start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void a_request_runs_in_its_callers_organization_after_a_key_lookup_outside_any() {
    int status = get("/api/v1/persons/" + KNOWN, key);

    assertThat(status).isEqualTo(200);
    assertThat(scopeOfKeyLookups).containsExactly(Optional.empty());
    assertThat(scopeOfPersonLoads).containsExactly(Optional.of(ORG));
    assertThat(scopes.entered()).isEqualTo(1);
    assertThat(scopes.open()).isZero();
  }

  @Test
  void a_request_that_fails_leaves_its_scope_on_its_own_thread() {
    assertThat(get("/api/v1/persons/" + MISSING, key)).isEqualTo(404);
    assertThat(get("/api/v1/persons/" + BROKEN, key)).isEqualTo(500);
    assertThat(get("/api/v1/persons/not-a-uuid", key)).isEqualTo(400);
    assertThat(get("/api/v1/persons/" + KNOWN, key)).isEqualTo(200);

    assertThat(scopeOfPersonLoads).containsOnly(Optional.of(ORG)).hasSize(3);
    assertThat(scopes.entered()).isEqualTo(4);
    assertThat(scopes.open()).isZero();
    assertThat(scopes.closedOnAnotherThread()).isZero();
  }

  @Test
  void log_lines_of_a_request_name_its_callers_organization_once_the_key_is_known() {
    assertThat(get("/api/v1/persons/" + KNOWN, key)).isEqualTo(200);
    assertThat(get("/api/v1/persons/" + BROKEN, key)).isEqualTo(500);
    assertThat(get("/health", null)).isEqualTo(200);
    assertThat(get("/api/v1/persons/" + KNOWN, key)).isEqualTo(200);
    assertThat(get("/health", null)).isEqualTo(200);

    assertThat(loggedOrgOfKeyLookups).containsExactly(Optional.empty());
    assertThat(loggedOrgOfPersonLoads).containsOnly(Optional.of(ORG.toString())).hasSize(3);
    // on the threads the authenticated requests ran on: nothing is left for the next request
    assertThat(loggedOrgOfHealthChecks).containsExactly(Optional.empty(), Optional.empty());
  }

  @Test
  void a_refused_key_opens_no_scope() {
    assertThat(get("/api/v1/persons/" + KNOWN, "ck_" + "x".repeat(43))).isEqualTo(401);
    assertThat(get("/api/v1/persons/" + KNOWN, null)).isEqualTo(401);

    assertThat(scopes.entered()).isZero();
    assertThat(scopeOfPersonLoads).isEmpty();
  }

  private int get(String path, String bearer) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path));
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private String base() {
    return "http://127.0.0.1:" + server.port();
  }

  /**
   * A use case on its widest constructor: the given objects where their types fit, and for every
   * other port one that fails if called, since these tests reach only the ports they give.
   */
  private static <T> T build(Class<T> type, Object... given) {
    Constructor<?> widest =
        Arrays.stream(type.getConstructors())
            .max(Comparator.comparingInt(Constructor::getParameterCount))
            .orElseThrow();
    Object[] arguments =
        Arrays.stream(widest.getParameterTypes())
            .map(
                parameter ->
                    Arrays.stream(given)
                        .filter(parameter::isInstance)
                        .findFirst()
                        .orElseGet(() -> unused(parameter)))
            .toArray();
    try {
      return type.cast(widest.newInstance(arguments));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object unused(Class<?> port) {
    if (!port.isInterface()) {
      throw new IllegalArgumentException("give a " + port.getSimpleName());
    }
    return Proxy.newProxyInstance(
        port.getClassLoader(),
        new Class<?>[] {port},
        (proxy, method, args) -> {
          if (method.getDeclaringClass() == Object.class) {
            return method.getName().equals("equals")
                ? proxy == args[0]
                : method.getName().equals("hashCode")
                    ? System.identityHashCode(proxy)
                    : port.getSimpleName();
          }
          throw new UnsupportedOperationException(port.getSimpleName() + " is not used here");
        });
  }

  /** Scopes as a thread-local, counting what is entered and left and where. */
  private static final class RecordingScopes implements OrganizationScopes {
    private final ThreadLocal<UUID> current = new ThreadLocal<>();
    private final AtomicInteger entered = new AtomicInteger();
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger closedOnAnotherThread = new AtomicInteger();

    @Override
    public Scope enter(UUID orgId) {
      Thread owner = Thread.currentThread();
      UUID previous = current.get();
      current.set(orgId);
      entered.incrementAndGet();
      open.incrementAndGet();
      return () -> {
        if (Thread.currentThread() != owner) {
          closedOnAnotherThread.incrementAndGet();
        }
        current.set(previous);
        open.decrementAndGet();
      };
    }

    Optional<UUID> current() {
      return Optional.ofNullable(current.get());
    }

    int entered() {
      return entered.get();
    }

    int open() {
      return open.get();
    }

    int closedOnAnotherThread() {
      return closedOnAnotherThread.get();
    }
  }

  /** Keeps the one key issued, and notes the scope each lookup by prefix ran in. */
  private final class ObservedKeys implements ApiKeyStore {
    private final AtomicReference<ApiKey> stored = new AtomicReference<>();

    @Override
    public Optional<ApiKey> findByPrefix(String prefix) {
      scopeOfKeyLookups.add(scopes.current());
      loggedOrgOfKeyLookups.add(Optional.ofNullable(MDC.get(Authentication.ORG_MDC_KEY)));
      return Optional.ofNullable(stored.get()).filter(k -> k.keyPrefix().equals(prefix));
    }

    @Override
    public List<ApiKey> list() {
      return Optional.ofNullable(stored.get()).stream().toList();
    }

    @Override
    public List<ApiKey> list(UUID orgId) {
      throw new UnsupportedOperationException("not asked for here");
    }

    @Override
    public ApiKey add(ApiKey key) {
      stored.set(key);
      return key;
    }

    @Override
    public Optional<ApiKey> revoke(UUID apiKeyId) {
      throw new UnsupportedOperationException("not asked for here");
    }

    @Override
    public void recordUse(UUID apiKeyId) {}
  }

  /** Any organization asked for exists. */
  private static final class EveryOrganization implements OrganizationStore {
    @Override
    public Optional<Organization> find(UUID orgId) {
      return Optional.of(
          new Organization(orgId, "Org", ZoneOffset.UTC, LocalTime.NOON, null, null, null));
    }

    @Override
    public Organization save(Organization organization) {
      throw new UnsupportedOperationException("not asked for here");
    }

    @Override
    public List<OrganizationSummary> list() {
      throw new UnsupportedOperationException("not asked for here");
    }
  }

  /** Knows one person and one that fails, and notes the scope each lookup ran in. */
  private final class ObservedPersons implements PersonStore {
    @Override
    public Optional<Person> find(UUID orgId, UUID personId) {
      scopeOfPersonLoads.add(scopes.current());
      loggedOrgOfPersonLoads.add(Optional.ofNullable(MDC.get(Authentication.ORG_MDC_KEY)));
      if (personId.equals(BROKEN)) {
        throw new IllegalStateException("a failure the API has no problem type for");
      }
      return personId.equals(KNOWN)
          ? Optional.of(
              new Person(
                  KNOWN,
                  orgId,
                  "Sarah Chen",
                  null,
                  PersonType.CLIENT,
                  null,
                  ZoneOffset.UTC,
                  Metadata.EMPTY,
                  null,
                  null))
          : Optional.empty();
    }

    @Override
    public Page<Person> list(UUID orgId, PersonType type, String name, PageRequest page) {
      throw new UnsupportedOperationException("not asked for here");
    }

    @Override
    public Page<Person> listMatching(
        UUID orgId, PersonType type, SearchText matching, PageRequest page) {
      throw new UnsupportedOperationException("not asked for here");
    }

    @Override
    public Person save(Person person) {
      throw new UnsupportedOperationException("not asked for here");
    }

    @Override
    public boolean delete(UUID orgId, UUID personId) {
      throw new UnsupportedOperationException("not asked for here");
    }
  }

  /** The use cases, each built over the fakes this test observes. */
  private record FakeUseCases(
      ApiKeys apiKeys,
      PersonDirectory persons,
      DateCategories dateCategories,
      ProjectBoard projects,
      ConversationLog conversations,
      CommIdentities commIdentities,
      DateItems dateItems,
      Reminders reminders,
      PersonDashboard dashboards,
      Catalogue catalogue,
      Recommendations recommendations,
      AuditLog auditLog,
      Accounts accounts,
      AccountSessions sessions,
      OrganizationScopes organizationScope,
      Organizations organization,
      PersonZones personZones,
      Relationships relationships,
      Preferences preferences,
      AgentRoster agents,
      AgentRuns agentRuns,
      PendingActions pendingActions,
      UnknownContacts unknownContacts,
      AgentChat agentChat,
      OrganizationCalendar calendar,
      CalendarFeeds calendarFeeds,
      CalendarImport calendarImport,
      Exports exports,
      PersonImport personImport,
      ClientReports clientReports,
      Search search,
      BulkReminders bulkReminders,
      ReminderLinkVisits reminderLinks,
      StaffDigests digests)
      implements UseCases {}
}
