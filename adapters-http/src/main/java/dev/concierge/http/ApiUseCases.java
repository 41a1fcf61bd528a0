package dev.concierge.http;

import dev.concierge.core.access.ApiKeys;
import dev.concierge.core.accounts.AccountSessions;
import dev.concierge.core.accounts.Accounts;
import dev.concierge.core.audit.AuditLog;
import dev.concierge.core.catalogue.Catalogue;
import dev.concierge.core.catalogue.Recommendations;
import dev.concierge.core.categories.DateCategories;
import dev.concierge.core.conversations.ConversationLog;
import dev.concierge.core.dashboard.PersonDashboard;
import dev.concierge.core.dates.DateItems;
import dev.concierge.core.identities.CommIdentities;
import dev.concierge.core.organization.OrganizationSettings;
import dev.concierge.core.persons.PersonDirectory;
import dev.concierge.core.persons.PersonZones;
import dev.concierge.core.ports.OrganizationScopePort;
import dev.concierge.core.projects.ProjectBoard;
import dev.concierge.core.reminders.Reminders;
import java.util.Objects;

/**
 * The use cases /api/v1 exposes, handed over by the composition root.
 *
 * @param organizationScope what every authenticated request runs in, for its caller's organization
 * @param zones the zones the instants of responses are shown in
 */
public record ApiUseCases(
    ApiKeys apiKeys,
    PersonDirectory persons,
    DateCategories categories,
    ProjectBoard projects,
    ConversationLog conversations,
    CommIdentities commIdentities,
    DateItems dateItems,
    Reminders reminders,
    PersonDashboard dashboard,
    Catalogue catalogue,
    Recommendations recommendations,
    AuditLog auditLog,
    Accounts accounts,
    AccountSessions sessions,
    OrganizationScopePort organizationScope,
    OrganizationSettings organization,
    PersonZones zones) {
  public ApiUseCases {
    Objects.requireNonNull(apiKeys, "apiKeys");
    Objects.requireNonNull(persons, "persons");
    Objects.requireNonNull(categories, "categories");
    Objects.requireNonNull(projects, "projects");
    Objects.requireNonNull(conversations, "conversations");
    Objects.requireNonNull(commIdentities, "commIdentities");
    Objects.requireNonNull(dateItems, "dateItems");
    Objects.requireNonNull(reminders, "reminders");
    Objects.requireNonNull(dashboard, "dashboard");
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(recommendations, "recommendations");
    Objects.requireNonNull(auditLog, "auditLog");
    Objects.requireNonNull(accounts, "accounts");
    Objects.requireNonNull(sessions, "sessions");
    Objects.requireNonNull(organizationScope, "organizationScope");
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(zones, "zones");
  }
}
