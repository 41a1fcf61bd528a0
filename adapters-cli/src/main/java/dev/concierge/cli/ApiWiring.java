package dev.concierge.cli;

import dev.concierge.core.access.ApiKeys;
import dev.concierge.core.catalogue.Catalogue;
import dev.concierge.core.catalogue.Recommendations;
import dev.concierge.core.categories.DateCategories;
import dev.concierge.core.conversations.ConversationLog;
import dev.concierge.core.dashboard.PersonDashboard;
import dev.concierge.core.dates.DateItems;
import dev.concierge.core.dates.DatePorts;
import dev.concierge.core.dates.Reminders;
import dev.concierge.core.identities.CommIdentities;
import dev.concierge.core.persons.PersonDirectory;
import dev.concierge.core.projects.ProjectBoard;
import dev.concierge.http.ApiUseCases;
import dev.concierge.persistence.JdbiApiKeyRepository;
import dev.concierge.persistence.JdbiCatalogueRepository;
import dev.concierge.persistence.JdbiCommIdentityRepository;
import dev.concierge.persistence.JdbiConversationRepository;
import dev.concierge.persistence.JdbiDashboardRepository;
import dev.concierge.persistence.JdbiDateCategoryRepository;
import dev.concierge.persistence.JdbiDateItemRepository;
import dev.concierge.persistence.JdbiDateSchedules;
import dev.concierge.persistence.JdbiOrganizationRepository;
import dev.concierge.persistence.JdbiPersonRepository;
import dev.concierge.persistence.JdbiProjectRepository;
import dev.concierge.persistence.JdbiReminderRepository;
import dev.concierge.persistence.JdbiTransactions;
import dev.concierge.persistence.PostgresDatabase;
import java.time.Clock;

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
        Clock.systemUTC());
  }

  /**
   * @param clock what "now" and "today" are for the use cases that place things in time
   */
  static ApiUseCases useCases(PostgresDatabase database, Clock clock) {
    var jdbi = database.jdbi();
    JdbiPersonRepository persons = new JdbiPersonRepository(jdbi);
    JdbiDateCategoryRepository categories = new JdbiDateCategoryRepository(jdbi);
    JdbiProjectRepository projects = new JdbiProjectRepository(jdbi);
    JdbiConversationRepository conversations = new JdbiConversationRepository(jdbi);
    JdbiCommIdentityRepository identities = new JdbiCommIdentityRepository(jdbi);
    JdbiDateItemRepository dateItems = new JdbiDateItemRepository(jdbi);
    JdbiReminderRepository reminders = new JdbiReminderRepository(jdbi);
    JdbiTransactions transactions = new JdbiTransactions(jdbi);
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
            new JdbiDateSchedules(jdbi),
            transactions);
    DateItems dates = new DateItems(datePorts, clock);
    JdbiDashboardRepository overview = new JdbiDashboardRepository(jdbi);
    JdbiCatalogueRepository catalogue = new JdbiCatalogueRepository(jdbi);
    return new ApiUseCases(
        apiKeys(database),
        new PersonDirectory(
            persons,
            persons,
            persons,
            persons,
            new JdbiOrganizationRepository(jdbi),
            transactions,
            dates),
        new DateCategories(categories, categories, categories, categories),
        new ProjectBoard(
            projects, projects, projects, projects, projects, projects, projects, persons),
        new ConversationLog(
            conversations, conversations, conversations, conversations, conversations, persons),
        new CommIdentities(
            identities, identities, identities, identities, persons, transactions, reminders),
        dates,
        new Reminders(datePorts, dates, clock),
        new PersonDashboard(persons, overview, overview, overview, clock),
        new Catalogue(catalogue, catalogue, catalogue, catalogue),
        new Recommendations(
            catalogue, catalogue, catalogue, catalogue, persons, projects, catalogue),
        database.organizationScope());
  }
}
