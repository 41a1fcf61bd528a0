package dev.concierge.core;

import dev.concierge.core.access.ApiKeys;
import dev.concierge.core.accounts.AccountSessions;
import dev.concierge.core.accounts.Accounts;
import dev.concierge.core.agents.actions.PendingActions;
import dev.concierge.core.agents.chat.AgentChat;
import dev.concierge.core.agents.roster.AgentRoster;
import dev.concierge.core.agents.runs.AgentRuns;
import dev.concierge.core.audit.AuditLog;
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
import dev.concierge.core.identities.CommIdentities;
import dev.concierge.core.organization.Organizations;
import dev.concierge.core.persons.PersonDirectory;
import dev.concierge.core.persons.PersonZones;
import dev.concierge.core.ports.OrganizationScopes;
import dev.concierge.core.preferences.Preferences;
import dev.concierge.core.projects.ProjectBoard;
import dev.concierge.core.relationships.Relationships;
import dev.concierge.core.reminders.Reminders;
import dev.concierge.core.reminders.bulk.BulkReminders;
import dev.concierge.core.reminders.delivery.ReminderLinkVisits;
import dev.concierge.core.reports.ClientReports;
import dev.concierge.core.search.Search;

/**
 * What a caller can ask of Concierge: the use cases a driving adapter (the REST API, the staff
 * portal, the assistant's tools) exposes, each checking the caller's organization and role itself.
 * The library's {@code Concierge} provides them wired to PostgreSQL.
 */
public interface UseCases {
  /** The people a concierge looks after. */
  PersonDirectory persons();

  /** Where each person is reached (email addresses, Slack ids, phone numbers). */
  CommIdentities commIdentities();

  /** Who is whose mother, spouse or assistant, among the persons of an organization. */
  Relationships relationships();

  /** What each person likes, avoids and needs, with where it came from. */
  Preferences preferences();

  DateCategories dateCategories();

  /** Dates (birthdays, renewals, trips), their recurrence and their lead-time reminders. */
  DateItems dateItems();

  /** Reminder rules one by one: change, retry, delivery history. */
  Reminders reminders();

  /** Up to 1,000 reminders created, rescheduled, paused, resumed or deleted at once. */
  BulkReminders bulkReminders();

  /** What the link of an email reminder records when its person follows it (seen, done). */
  ReminderLinkVisits reminderLinks();

  ProjectBoard projects();

  ConversationLog conversations();

  /** Vendors, venues, restaurants and products. */
  Catalogue catalogue();

  Recommendations recommendations();

  /** A person's profile at a glance, their upcoming occurrences and their activity. */
  PersonDashboard dashboards();

  /** Every client's dates at once: a span of days, or each person's next few days. */
  OrganizationCalendar calendar();

  AuditLog auditLog();

  /** Staff accounts and their passwords. */
  Accounts accounts();

  /** Signing in with an account, and the access tokens it hands out. */
  AccountSessions sessions();

  ApiKeys apiKeys();

  /**
   * The caller's own organization (read by everyone, changed by admins); for the installation's
   * operator, onboarding organizations and listing them all.
   */
  Organizations organization();

  /** The zone each person's instants are shown in. */
  PersonZones personZones();

  /** The assistant's agents: their prompts, tools, models and limits (changed by admins). */
  AgentRoster agents();

  /** The assistant's run log: every run with its steps. */
  AgentRuns agentRuns();

  /** The deletes the assistant asked for, which wait for a person to confirm them. */
  PendingActions pendingActions();

  /** Persons, date items and reminders as CSV, written as they are read. */
  Exports exports();

  /** Persons from CSV or vCards, with their birthdays and anniversaries, checked row by row. */
  PersonImport personImport();

  /** A client's year at a glance, as a PDF. */
  ClientReports clientReports();

  /** Who wrote to the concierge (in Slack) from an account no person has, to link to one. */
  UnknownContacts unknownContacts();

  /** The assistant's chat: a message about a person, answered by one of the agents. */
  AgentChat agentChat();

  /** iCalendar feeds of a person's or every client's dates, for calendar apps to subscribe to. */
  CalendarFeeds calendarFeeds();

  /** A person's dates from an iCalendar file (Google, Outlook, Apple exports, our feeds). */
  CalendarImport calendarImport();

  /** Everything an organization keeps, looked through for a few words (names also misspelt). */
  Search search();

  /** Each staff account's daily or weekly digest: its settings and a preview of it. */
  StaffDigests digests();

  /**
   * What a caller's work runs in: inside its organization's scope (row-level security in
   * PostgreSQL), a mistake in a query cannot reach another tenant.
   */
  OrganizationScopes organizationScope();
}
