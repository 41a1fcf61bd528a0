package dev.concierge.library;

import dev.concierge.core.UseCases;
import dev.concierge.core.access.ApiKeys;
import dev.concierge.core.accounts.AccountSessions;
import dev.concierge.core.accounts.Accounts;
import dev.concierge.core.agents.ContextBuilder;
import dev.concierge.core.agents.LateToolbox;
import dev.concierge.core.agents.actions.PendingActions;
import dev.concierge.core.agents.chat.AgentChat;
import dev.concierge.core.agents.roster.AgentRoster;
import dev.concierge.core.agents.runs.AgentRuns;
import dev.concierge.core.audit.AuditLog;
import dev.concierge.core.audit.AuditTrail;
import dev.concierge.core.calendar.CalendarFeeds;
import dev.concierge.core.calendar.CalendarFormat;
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
import dev.concierge.core.frontdesk.AssistantFrontDesk;
import dev.concierge.core.frontdesk.FrontDeskInbox;
import dev.concierge.core.frontdesk.UnknownContacts;
import dev.concierge.core.health.CheckHealth;
import dev.concierge.core.identities.CommIdentities;
import dev.concierge.core.organization.Organizations;
import dev.concierge.core.persons.PersonDirectory;
import dev.concierge.core.persons.PersonZones;
import dev.concierge.core.ports.OrganizationScopes;
import dev.concierge.core.preferences.Preferences;
import dev.concierge.core.proactive.ProactiveCheckIns;
import dev.concierge.core.projects.ProjectBoard;
import dev.concierge.core.relationships.Relationships;
import dev.concierge.core.reminders.Reminders;
import dev.concierge.core.reminders.bulk.BulkReminders;
import dev.concierge.core.reminders.delivery.DueReminderStats;
import dev.concierge.core.reminders.delivery.ReminderDispatcher;
import dev.concierge.core.reminders.delivery.ReminderLinkVisits;
import dev.concierge.core.reminders.planning.BackfillNextOccurrences;
import dev.concierge.core.reminders.planning.RescheduleDates;
import dev.concierge.core.reminders.planning.RollOverDueDates;
import dev.concierge.core.reports.ClientReports;
import dev.concierge.core.search.Search;
import dev.concierge.files.CsvTables;
import dev.concierge.files.PdfReports;
import dev.concierge.files.VCardContacts;
import dev.concierge.ical.IcalCalendarFormat;
import dev.concierge.persistence.JdbiAccountStore;
import dev.concierge.persistence.JdbiAgentRosterStore;
import dev.concierge.persistence.JdbiAgentRunStore;
import dev.concierge.persistence.JdbiApiKeyStore;
import dev.concierge.persistence.JdbiAuditStore;
import dev.concierge.persistence.JdbiCalendarEntries;
import dev.concierge.persistence.JdbiCalendarFeedStore;
import dev.concierge.persistence.JdbiCalendarImportStore;
import dev.concierge.persistence.JdbiCatalogueStore;
import dev.concierge.persistence.JdbiCheckInStore;
import dev.concierge.persistence.JdbiCommIdentityStore;
import dev.concierge.persistence.JdbiConversationStore;
import dev.concierge.persistence.JdbiDashboardStore;
import dev.concierge.persistence.JdbiDateCategoryStore;
import dev.concierge.persistence.JdbiDateItemStore;
import dev.concierge.persistence.JdbiDigestSources;
import dev.concierge.persistence.JdbiDigestStore;
import dev.concierge.persistence.JdbiExportStore;
import dev.concierge.persistence.JdbiFrontDeskStore;
import dev.concierge.persistence.JdbiImportStore;
import dev.concierge.persistence.JdbiOrganizationStore;
import dev.concierge.persistence.JdbiPendingActionStore;
import dev.concierge.persistence.JdbiPersonContextStore;
import dev.concierge.persistence.JdbiPersonStore;
import dev.concierge.persistence.JdbiPersonZoneLookup;
import dev.concierge.persistence.JdbiPreferenceStore;
import dev.concierge.persistence.JdbiProjectStore;
import dev.concierge.persistence.JdbiRelationshipStore;
import dev.concierge.persistence.JdbiReminderQueue;
import dev.concierge.persistence.JdbiReminderStore;
import dev.concierge.persistence.JdbiScheduleStore;
import dev.concierge.persistence.JdbiSearchIndex;
import dev.concierge.persistence.JdbiTransactions;
import dev.concierge.persistence.PostgresDatabase;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;

/**
 * Concierge as a library: every use case, the reminder dispatcher and the background jobs, wired
 * once to one PostgreSQL database. The CLI, the HTTP server, the tests and any other JVM
 * application build on this; nothing else composes use cases.
 *
 * <pre>{@code
 * try (Concierge concierge = Concierge.builder().embeddedDatabase(Path.of("data")).build()) {
 *   Person sarah = concierge.persons().create(caller, new NewPerson(...));
 *   concierge.dispatcher().dispatchUntilIdle();
 * }
 * }</pre>
 *
 * <p>Thread-safe: one per process, shared by every thread. {@link #close()} gives back the
 * dispatcher's reminder claims and closes the database the builder opened (not one it was given).
 */
public final class Concierge implements UseCases, AutoCloseable {
  private final PostgresDatabase database;
  private final AutoCloseable ownedDatabase;
  private final Clock clock;
  private final PersonDirectory persons;
  private final CommIdentities commIdentities;
  private final Relationships relationships;
  private final Preferences preferences;
  private final DateCategories dateCategories;
  private final DateItems dateItems;
  private final Reminders reminders;
  private final BulkReminders bulkReminders;
  private final ReminderLinkVisits reminderLinks;
  private final ProjectBoard projects;
  private final ConversationLog conversations;
  private final Catalogue catalogue;
  private final Recommendations recommendations;
  private final PersonDashboard dashboards;
  private final OrganizationCalendar calendar;
  private final AuditLog auditLog;
  private final Accounts accounts;
  private final AccountSessions sessions;
  private final ApiKeys apiKeys;
  private final Organizations organization;
  private final PersonZones personZones;
  private final ContextBuilder agentContext;
  private final AgentRoster agents;
  private final AgentRuns agentRuns;
  private final PendingActions pendingActions;
  private final AgentChat agentChat;
  private final ReminderDispatcher dispatcher;
  private final ProactiveCheckIns checkIns;
  private final RollOverDueDates rollOver;
  private final BackfillNextOccurrences backfill;
  private final DueReminderStats dueReminders;
  private final CheckHealth health;
  private final UnknownContacts unknownContacts;
  private final FrontDeskInbox frontDesk;
  private final LateToolbox assistantToolbox = new LateToolbox();
  private final CalendarFeeds calendarFeeds;
  private final CalendarImport calendarImport;
  private final Exports exports;
  private final PersonImport personImport;
  private final ClientReports clientReports;
  private final Search search;
  private final StaffDigests digests;

  /** Wires everything to {@code database}, as {@code options} say. */
  Concierge(ConciergeBuilder options, PostgresDatabase database, AutoCloseable ownedDatabase) {
    this.database = database;
    this.ownedDatabase = ownedDatabase;
    this.clock = options.clock();
    Jdbi jdbi = database.jdbi();
    JdbiAuditStore auditStore = new JdbiAuditStore(jdbi);
    JdbiTransactions transactions = new JdbiTransactions(jdbi);
    AuditTrail audit = new AuditTrail(auditStore, transactions);
    JdbiPersonStore personStore = new JdbiPersonStore(jdbi);
    JdbiOrganizationStore organizationStore = new JdbiOrganizationStore(jdbi);
    JdbiDateCategoryStore categoryStore = new JdbiDateCategoryStore(jdbi);
    JdbiProjectStore projectStore = new JdbiProjectStore(jdbi);
    JdbiConversationStore conversationStore = new JdbiConversationStore(jdbi);
    JdbiCommIdentityStore identityStore = new JdbiCommIdentityStore(jdbi);
    JdbiDateItemStore dateItemStore = new JdbiDateItemStore(jdbi);
    JdbiReminderStore reminderStore = new JdbiReminderStore(jdbi);
    JdbiScheduleStore scheduleStore = new JdbiScheduleStore(jdbi);
    JdbiCatalogueStore catalogueStore = new JdbiCatalogueStore(jdbi);
    JdbiDashboardStore dashboardStore = new JdbiDashboardStore(jdbi);
    JdbiAccountStore accountStore = new JdbiAccountStore(jdbi);
    JdbiApiKeyStore apiKeyStore = new JdbiApiKeyStore(jdbi);
    JdbiReminderQueue reminderQueue = new JdbiReminderQueue(jdbi);
    JdbiCheckInStore checkInStore = new JdbiCheckInStore(jdbi);

    RescheduleDates rescheduling = new RescheduleDates(scheduleStore, reminderStore, clock);
    this.dateItems =
        new DateItems(
            dateItemStore,
            reminderStore,
            personStore,
            categoryStore,
            identityStore,
            rescheduling,
            audit,
            clock);
    this.reminders =
        new Reminders(
            reminderStore, dateItemStore, personStore, identityStore, rescheduling, audit, clock);
    this.bulkReminders = new BulkReminders(reminders, transactions);
    this.reminderLinks = new ReminderLinkVisits(options.reminderLinks(), reminders);
    this.persons = new PersonDirectory(personStore, organizationStore, dateItems, audit);
    this.commIdentities =
        new CommIdentities(identityStore, personStore, reminderStore::bindWaiting, audit);
    JdbiRelationshipStore relationshipStore = new JdbiRelationshipStore(jdbi);
    this.relationships = new Relationships(relationshipStore, personStore, audit);
    this.preferences =
        new Preferences(
            new JdbiPreferenceStore(jdbi),
            personStore,
            conversationStore,
            relationshipStore,
            audit,
            clock);
    this.dateCategories = new DateCategories(categoryStore, audit);
    this.projects = new ProjectBoard(projectStore, personStore, accountStore, audit);
    this.conversations = new ConversationLog(conversationStore, personStore, audit);
    this.catalogue = new Catalogue(catalogueStore, audit);
    this.recommendations = new Recommendations(catalogueStore, personStore, projectStore, audit);
    this.dashboards = new PersonDashboard(personStore, dashboardStore, clock);
    this.calendar = new OrganizationCalendar(dashboardStore, clock);
    this.search = new Search(new JdbiSearchIndex(jdbi));
    this.auditLog = new AuditLog(auditStore);
    this.accounts =
        new Accounts(
            accountStore, personStore, organizationStore, audit, options.passwordHashing(), clock);
    this.sessions =
        new AccountSessions(accounts, options.accessTokens(), options.tokenLifetime(), clock);
    this.apiKeys = new ApiKeys(apiKeyStore, organizationStore, audit, clock);
    this.organization = new Organizations(organizationStore, audit);
    this.personZones = new PersonZones(new JdbiPersonZoneLookup(jdbi));
    this.agentContext = new ContextBuilder(new JdbiPersonContextStore(jdbi), clock);
    JdbiAgentRosterStore rosterStore = new JdbiAgentRosterStore(jdbi);
    this.agents = new AgentRoster(rosterStore, audit);
    JdbiPendingActionStore actionStore = new JdbiPendingActionStore(jdbi);
    this.agentRuns =
        new AgentRuns(
            new JdbiAgentRunStore(jdbi), actionStore, transactions, options.agentRunListener());
    this.pendingActions = new PendingActions(actionStore, clock);
    this.agentChat =
        new AgentChat(
            personStore,
            conversations,
            agents,
            agentContext,
            agentRuns,
            options.assistant(),
            clock);

    this.dispatcher = options.dispatcher(reminderQueue, rosterStore);
    this.checkIns =
        new ProactiveCheckIns(
            checkInStore,
            options.senders(),
            null,
            clock,
            options.dispatcherSettings().dispatcherId(),
            options.checkInSettings());
    this.rollOver = new RollOverDueDates(scheduleStore, clock);
    this.backfill = new BackfillNextOccurrences(scheduleStore, clock);
    this.dueReminders = reminderQueue;
    this.health = new CheckHealth(options.applicationVersion(), database);
    JdbiFrontDeskStore frontDeskStore = new JdbiFrontDeskStore(jdbi);
    this.unknownContacts = new UnknownContacts(frontDeskStore, personStore, commIdentities);
    this.frontDesk =
        new FrontDeskInbox(
            frontDeskStore,
            identityStore,
            personStore,
            conversationStore,
            transactions,
            reminders,
            options.frontDesk() != null
                ? options.frontDesk()
                : new AssistantFrontDesk(
                    agentChat, relationshipStore, database.organizationScope(), assistantToolbox),
            clock);
    CalendarFormat calendarFormat = new IcalCalendarFormat();
    this.calendarFeeds =
        new CalendarFeeds(
            new JdbiCalendarFeedStore(jdbi),
            new JdbiCalendarEntries(jdbi),
            personStore,
            organizationStore,
            calendarFormat,
            database.organizationScope(),
            audit);
    this.calendarImport =
        new CalendarImport(
            calendarFormat,
            new JdbiCalendarImportStore(jdbi),
            dateItems,
            personStore,
            transactions);
    CsvTables csv = new CsvTables();
    this.exports = new Exports(new JdbiExportStore(jdbi), csv);
    this.personImport =
        new PersonImport(
            new JdbiImportStore(jdbi),
            organizationStore,
            auditStore,
            transactions,
            csv,
            new VCardContacts(),
            clock);
    this.clientReports =
        new ClientReports(
            persons,
            organization,
            dashboards,
            dateItems,
            reminders,
            projects,
            recommendations,
            new PdfReports(),
            clock);
    this.digests =
        new StaffDigests(
            new JdbiDigestStore(jdbi),
            new JdbiDigestSources(jdbi),
            calendar,
            dashboards,
            audit,
            options.senders(),
            clock,
            options.dispatcherSettings().dispatcherId());
  }

  public static ConciergeBuilder builder() {
    return new ConciergeBuilder();
  }

  /** The use cases of the people a concierge looks after. */
  @Override
  public PersonDirectory persons() {
    return persons;
  }

  /** Where each person is reached (email addresses, Slack ids, phone numbers). */
  @Override
  public CommIdentities commIdentities() {
    return commIdentities;
  }

  /** Who is whose mother, spouse or assistant, among the persons of an organization. */
  @Override
  public Relationships relationships() {
    return relationships;
  }

  /** What each person likes, avoids and needs, with where it came from. */
  @Override
  public Preferences preferences() {
    return preferences;
  }

  @Override
  public DateCategories dateCategories() {
    return dateCategories;
  }

  /** Dates (birthdays, renewals, trips), their recurrence and their lead-time reminders. */
  @Override
  public DateItems dateItems() {
    return dateItems;
  }

  /** Reminder rules one by one: change, retry, delivery history. */
  @Override
  public Reminders reminders() {
    return reminders;
  }

  /** Up to 1,000 reminders created, rescheduled, paused, resumed or deleted at once. */
  @Override
  public BulkReminders bulkReminders() {
    return bulkReminders;
  }

  /** What the link of an email reminder records when its person follows it (seen, done). */
  @Override
  public ReminderLinkVisits reminderLinks() {
    return reminderLinks;
  }

  @Override
  public ProjectBoard projects() {
    return projects;
  }

  @Override
  public ConversationLog conversations() {
    return conversations;
  }

  /** Vendors, venues, restaurants and products. */
  @Override
  public Catalogue catalogue() {
    return catalogue;
  }

  @Override
  public Recommendations recommendations() {
    return recommendations;
  }

  /** A person's profile at a glance, their upcoming occurrences and their activity. */
  @Override
  public PersonDashboard dashboards() {
    return dashboards;
  }

  @Override
  public OrganizationCalendar calendar() {
    return calendar;
  }

  @Override
  public AuditLog auditLog() {
    return auditLog;
  }

  /** Staff accounts and their passwords. */
  @Override
  public Accounts accounts() {
    return accounts;
  }

  /** Signing in with an account, and the access tokens it hands out. */
  @Override
  public AccountSessions sessions() {
    return sessions;
  }

  @Override
  public ApiKeys apiKeys() {
    return apiKeys;
  }

  /**
   * The caller's own organization (read by everyone, changed by admins); for the installation's
   * operator, onboarding organizations and listing them all.
   */
  @Override
  public Organizations organization() {
    return organization;
  }

  /** The zone each person's instants are shown in. */
  @Override
  public PersonZones personZones() {
    return personZones;
  }

  @Override
  public Exports exports() {
    return exports;
  }

  @Override
  public PersonImport personImport() {
    return personImport;
  }

  @Override
  public ClientReports clientReports() {
    return clientReports;
  }

  @Override
  public UnknownContacts unknownContacts() {
    return unknownContacts;
  }

  /**
   * What clients write to the concierge on Slack, and their answers to reminders: the Slack adapter
   * hands each event here, answered by the assistant ({@link #assistantToolbox()}) or the builder's
   * {@code frontDesk(…)}.
   */
  public FrontDeskInbox frontDesk() {
    return frontDesk;
  }

  /**
   * The assistant's tools when it answers clients at the front desk: the API's operations, which
   * exist once the API is built on this Concierge. Bind them when it serves ({@code
   * toolbox.bind(httpServer::agentTools)}); until then clients are told staff will answer.
   */
  public LateToolbox assistantToolbox() {
    return assistantToolbox;
  }

  /**
   * What the assistant's agents are told about a person before a run: one read of the database, as
   * the text of a cached system block.
   */
  public ContextBuilder agentContext() {
    return agentContext;
  }

  /** The assistant's agents: their prompts, tools, models and limits (changed by admins). */
  @Override
  public AgentRoster agents() {
    return agents;
  }

  /** The assistant's run log: every run with its steps. */
  @Override
  public AgentRuns agentRuns() {
    return agentRuns;
  }

  /** The deletes the assistant asked for, which wait for a person to confirm them. */
  @Override
  public PendingActions pendingActions() {
    return pendingActions;
  }

  /**
   * The assistant's chat: on when the builder was given a language model ({@code assistant(…)}),
   * otherwise every chat answers that it is off.
   */
  @Override
  public AgentChat agentChat() {
    return agentChat;
  }

  @Override
  public Search search() {
    return search;
  }

  /**
   * Each staff account's digest: its settings and preview for the account, and {@code sendDue()}
   * for a job to call every few minutes.
   */
  @Override
  public StaffDigests digests() {
    return digests;
  }

  /** Delivers due reminders; call {@code dispatchUntilIdle()} or let a job do it. */
  public ReminderDispatcher dispatcher() {
    return dispatcher;
  }

  /** Once a day per organization, a word to quiet clients with a date coming up. */
  public ProactiveCheckIns checkIns() {
    return checkIns;
  }

  /** Moves recurring dates past their occurrence to the next one and re-arms their reminders. */
  public RollOverDueDates rollOver() {
    return rollOver;
  }

  /** Recomputes every date's next occurrence and pending reminder times. */
  public BackfillNextOccurrences backfill() {
    return backfill;
  }

  /** How many reminders are due and how old the oldest is (for metrics and alerts). */
  public DueReminderStats dueReminders() {
    return dueReminders;
  }

  public CheckHealth health() {
    return health;
  }

  @Override
  public CalendarFeeds calendarFeeds() {
    return calendarFeeds;
  }

  @Override
  public CalendarImport calendarImport() {
    return calendarImport;
  }

  /**
   * What database work runs in: every request of a caller runs inside its organization's scope
   * (PostgreSQL row-level security), so a mistake in a query cannot reach another tenant.
   */
  @Override
  public OrganizationScopes organizationScope() {
    return database.organizationScope();
  }

  /** The clock every use case tells "now" and "today" by. */
  public Clock clock() {
    return clock;
  }

  /**
   * The database underneath, for operations that are about the database itself (migrations, bulk
   * synthetic data, the delivery queue's raw state).
   */
  public PostgresDatabase database() {
    return database;
  }

  /**
   * Gives back the dispatcher's unfinished reminder claims, then closes the database when the
   * builder opened it. Closing again does nothing.
   */
  @Override
  public void close() {
    try {
      dispatcher.close();
    } finally {
      if (ownedDatabase != null) {
        try {
          ownedDatabase.close();
        } catch (RuntimeException e) {
          throw e;
        } catch (Exception e) {
          throw new IllegalStateException("closing the database failed", e);
        }
      }
    }
  }
}
