package dev.concierge.cli;

import dev.concierge.core.access.ApiKeys;
import dev.concierge.core.accounts.AccessTokens;
import dev.concierge.core.accounts.AccountSessions;
import dev.concierge.core.accounts.Accounts;
import dev.concierge.core.accounts.PasswordHashing;
import dev.concierge.core.audit.AuditLog;
import dev.concierge.core.audit.AuditTrail;
import dev.concierge.core.catalogue.Catalogue;
import dev.concierge.core.catalogue.Recommendations;
import dev.concierge.core.categories.DateCategories;
import dev.concierge.core.conversations.ConversationLog;
import dev.concierge.core.dashboard.PersonDashboard;
import dev.concierge.core.dates.DateItems;
import dev.concierge.core.dates.DatePorts;
import dev.concierge.core.identities.CommIdentities;
import dev.concierge.core.organization.OrganizationSettings;
import dev.concierge.core.organization.Organizations;
import dev.concierge.core.persons.PersonDirectory;
import dev.concierge.core.persons.PersonZones;
import dev.concierge.core.projects.ProjectBoard;
import dev.concierge.core.reminders.Reminders;
import dev.concierge.http.ApiUseCases;
import dev.concierge.http.auth.Argon2PasswordHashing;
import dev.concierge.http.auth.JwtAccessTokens;
import dev.concierge.http.auth.TokenSettings;
import dev.concierge.persistence.JdbiAccountRepository;
import dev.concierge.persistence.JdbiApiKeyRepository;
import dev.concierge.persistence.JdbiAuditLog;
import dev.concierge.persistence.JdbiCatalogueRepository;
import dev.concierge.persistence.JdbiCommIdentityRepository;
import dev.concierge.persistence.JdbiConversationRepository;
import dev.concierge.persistence.JdbiDashboardRepository;
import dev.concierge.persistence.JdbiDateCategoryRepository;
import dev.concierge.persistence.JdbiDateItemRepository;
import dev.concierge.persistence.JdbiDateSchedules;
import dev.concierge.persistence.JdbiOrganizationRepository;
import dev.concierge.persistence.JdbiPersonRepository;
import dev.concierge.persistence.JdbiPersonZones;
import dev.concierge.persistence.JdbiProjectRepository;
import dev.concierge.persistence.JdbiReminderRepository;
import dev.concierge.persistence.JdbiTransactions;
import dev.concierge.persistence.PostgresDatabase;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;

/** Use cases wired to their PostgreSQL adapters: what the API and the commands run on. */
final class ApiWiring {
  private ApiWiring() {}

  static ApiKeys apiKeys(PostgresDatabase database) {
    JdbiApiKeyRepository keys = new JdbiApiKeyRepository(database.jdbi());
    return new ApiKeys(
        keys,
        keys,
        keys,
        keys,
        keys,
        new JdbiOrganizationRepository(database.jdbi()),
        auditTrail(database),
        Clock.systemUTC());
  }

  static Organizations organizations(PostgresDatabase database) {
    JdbiOrganizationRepository organizations = new JdbiOrganizationRepository(database.jdbi());
    return new Organizations(organizations, organizations, auditTrail(database));
  }

  /** Writes and their audit entries, in one transaction. */
  static AuditTrail auditTrail(PostgresDatabase database) {
    return new AuditTrail(new JdbiAuditLog(database.jdbi()), new JdbiTransactions(database.jdbi()));
  }

  /**
   * How staff sign in: how passwords are hashed, how access tokens are signed, how long they last.
   */
  record SignIn(PasswordHashing hashing, AccessTokens tokens, Duration tokenLifetime) {
    /**
     * With the configured or the generated secret (see {@link JwtSecretFile}), and tokens that
     * expire by {@code clock}.
     */
    static SignIn of(Settings settings, Clock clock, PasswordHashing hashing) {
      String secret =
          settings.tokens().secret() != null
              ? settings.tokens().secret()
              : JwtSecretFile.readOrCreate(settings.dataDir());
      return new SignIn(
          hashing,
          new JwtAccessTokens(secret.getBytes(StandardCharsets.UTF_8), clock),
          settings.tokens().lifetime());
    }

    /**
     * For commands that serve no HTTP: a key nothing outside this process knows, since they hand
     * out no tokens.
     */
    static SignIn unserved(Clock clock) {
      byte[] secret = new byte[JwtAccessTokens.MIN_SECRET_BYTES];
      new SecureRandom().nextBytes(secret);
      return new SignIn(
          new Argon2PasswordHashing(),
          new JwtAccessTokens(secret, clock),
          TokenSettings.DEFAULT_LIFETIME);
    }
  }

  static Accounts accounts(PostgresDatabase database, PasswordHashing hashing, Clock clock) {
    var jdbi = database.jdbi();
    JdbiAccountRepository accounts = new JdbiAccountRepository(jdbi);
    return new Accounts(
        accounts,
        accounts,
        accounts,
        accounts,
        accounts,
        accounts,
        accounts,
        new JdbiPersonRepository(jdbi),
        new JdbiOrganizationRepository(jdbi),
        new JdbiTransactions(jdbi),
        auditTrail(database),
        hashing,
        clock);
  }

  /** For commands that serve no HTTP (see {@link SignIn#unserved}). */
  static ApiUseCases useCases(PostgresDatabase database, Clock clock) {
    return useCases(database, clock, SignIn.unserved(clock));
  }

  /**
   * @param clock what "now" and "today" are for the use cases that place things in time
   */
  static ApiUseCases useCases(PostgresDatabase database, Clock clock, SignIn signIn) {
    var jdbi = database.jdbi();
    JdbiPersonRepository persons = new JdbiPersonRepository(jdbi);
    JdbiDateCategoryRepository categories = new JdbiDateCategoryRepository(jdbi);
    JdbiProjectRepository projects = new JdbiProjectRepository(jdbi);
    JdbiConversationRepository conversations = new JdbiConversationRepository(jdbi);
    JdbiCommIdentityRepository identities = new JdbiCommIdentityRepository(jdbi);
    JdbiDateItemRepository dateItems = new JdbiDateItemRepository(jdbi);
    JdbiReminderRepository reminders = new JdbiReminderRepository(jdbi);
    JdbiAuditLog auditLog = new JdbiAuditLog(jdbi);
    AuditTrail audit = new AuditTrail(auditLog, new JdbiTransactions(jdbi));
    DatePorts datePorts =
        new DatePorts(
            dateItems,
            dateItems,
            dateItems,
            dateItems,
            dateItems,
            reminders,
            reminders,
            reminders,
            reminders,
            reminders,
            reminders,
            reminders,
            reminders,
            reminders,
            identities,
            persons,
            categories,
            new JdbiDateSchedules(jdbi));
    DateItems dates = new DateItems(datePorts, clock, audit);
    JdbiDashboardRepository overview = new JdbiDashboardRepository(jdbi);
    JdbiCatalogueRepository catalogue = new JdbiCatalogueRepository(jdbi);
    Accounts accounts = accounts(database, signIn.hashing(), clock);
    return new ApiUseCases(
        apiKeys(database),
        new PersonDirectory(
            persons, persons, persons, persons, new JdbiOrganizationRepository(jdbi), dates, audit),
        new DateCategories(categories, categories, categories, categories, audit),
        new ProjectBoard(
            projects,
            projects,
            projects,
            projects,
            projects,
            projects,
            projects,
            persons,
            audit,
            new JdbiAccountRepository(jdbi)),
        new ConversationLog(
            conversations,
            conversations,
            conversations,
            conversations,
            conversations,
            persons,
            audit),
        new CommIdentities(
            identities, identities, identities, identities, persons, reminders, audit),
        dates,
        new Reminders(datePorts, dates, clock, audit),
        new PersonDashboard(persons, overview, overview, overview, clock),
        new Catalogue(catalogue, catalogue, catalogue, catalogue, audit),
        new Recommendations(
            catalogue, catalogue, catalogue, catalogue, persons, projects, catalogue, audit),
        new AuditLog(auditLog),
        accounts,
        new AccountSessions(accounts, signIn.tokens(), signIn.tokenLifetime(), clock),
        database.organizationScope(),
        new OrganizationSettings(
            new JdbiOrganizationRepository(jdbi), new JdbiOrganizationRepository(jdbi), audit),
        new PersonZones(new JdbiPersonZones(jdbi)));
  }
}
