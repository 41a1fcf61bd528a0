package dev.concierge.core.calendar;

import dev.concierge.core.access.Caller;
import dev.concierge.core.access.Secrets;
import dev.concierge.core.audit.AuditAction;
import dev.concierge.core.audit.AuditTrail;
import dev.concierge.core.audit.EntityType;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.organization.Organization;
import dev.concierge.core.organization.OrganizationStore;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.persons.Person;
import dev.concierge.core.persons.PersonStore;
import dev.concierge.core.ports.OrganizationScopes;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Use cases of calendar feeds: create one (a person's dates, or every client's), list, revoke, and
 * answer a calendar app that presents a feed's secret. A secret is {@code cf_} and 256 random bits
 * in base64url; only its SHA-256 is stored, so a stolen database reads no feed. Thread-safe.
 *
 * <p>Calendar apps cannot send headers, so the secret is the feed's URL; revoking the feed is what
 * ends it, at once, since every request looks the hash up.
 */
public final class CalendarFeeds {
  /**
   * An organization's feed carries at most this many dates, the soonest first: enough for a desk of
   * a few thousand clients, and a bound on what one request of a calendar app costs.
   */
  public static final int MAX_ENTRIES = 20_000;

  private static final String SECRET_START = "cf_";
  private static final Pattern SECRET_SHAPE = Pattern.compile("cf_[A-Za-z0-9_-]{43}");

  private final CalendarFeedStore feeds;
  private final CalendarEntries entries;
  private final PersonStore persons;
  private final OrganizationStore organizations;
  private final CalendarFormat format;
  private final OrganizationScopes scopes;
  private final AuditTrail audit;

  public CalendarFeeds(
      CalendarFeedStore feeds,
      CalendarEntries entries,
      PersonStore persons,
      OrganizationStore organizations,
      CalendarFormat format,
      OrganizationScopes scopes,
      AuditTrail audit) {
    this.feeds = feeds;
    this.entries = entries;
    this.persons = persons;
    this.organizations = organizations;
    this.format = format;
    this.scopes = scopes;
    this.audit = audit;
  }

  /**
   * A new feed of the caller's organization; the secret is in the answer only. Concierges and
   * admins create feeds: a feed lets its URL's holder read client dates without signing in.
   */
  public IssuedCalendarFeed create(Caller caller, NewCalendarFeed input) {
    caller.requireWriter();
    if (input.personId() != null && persons.find(caller.orgId(), input.personId()).isEmpty()) {
      throw new ValidationException("person_id", "is not a person of this organization");
    }
    String secret = Secrets.generate(SECRET_START);
    CalendarFeed feed =
        CalendarFeed.of(
            caller.orgId(),
            input.personId(),
            Secrets.sha256(secret),
            caller.actorType().wireName() + ":" + caller.name());
    return audit.created(
        caller,
        EntityType.CALENDAR_FEED,
        input,
        issued -> issued.feed().calendarFeedId(),
        () -> new IssuedCalendarFeed(feeds.add(feed), secret));
  }

  /** The feeds of the caller's organization, oldest first, revoked ones too; never secrets. */
  public Page<CalendarFeed> list(Caller caller, PageRequest page) {
    List<CalendarFeed> own = feeds.list(caller.orgId());
    int from = Math.min(page.skip(), own.size());
    int to = (int) Math.min((long) from + page.limit(), own.size());
    return new Page<>(own.subList(from, to), own.size());
  }

  /** A feed of the caller's organization, revoked or not; never its secret. */
  public CalendarFeed get(Caller caller, UUID calendarFeedId) {
    return feeds.list(caller.orgId()).stream()
        .filter(feed -> feed.calendarFeedId().equals(calendarFeedId))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("calendar feed", calendarFeedId));
  }

  /** Revokes a feed of the caller's organization: its URL answers nothing from now on. */
  public CalendarFeed revoke(Caller caller, UUID calendarFeedId) {
    caller.requireWriter();
    return audit.record(
        caller,
        AuditAction.DELETE,
        EntityType.CALENDAR_FEED,
        CalendarFeed::calendarFeedId,
        List.of(),
        () ->
            feeds
                .revoke(caller.orgId(), calendarFeedId)
                .orElseThrow(() -> new NotFoundException("calendar feed", calendarFeedId)));
  }

  /**
   * The live feed a secret opens; empty for a secret that is malformed, unknown or revoked, which a
   * caller cannot tell apart.
   */
  public Optional<CalendarFeed> open(String secret) {
    if (secret == null || !SECRET_SHAPE.matcher(secret).matches()) {
      return Optional.empty();
    }
    return feeds.findLive(Secrets.sha256(secret));
  }

  /**
   * A feed's calendar, read inside its organization's scope; empty when the feed's person is gone.
   */
  public Optional<String> calendar(CalendarFeed feed) {
    return scopes.within(
        feed.orgId(),
        () ->
            feed.wholeOrganization()
                ? organizationCalendar(feed.orgId())
                : personCalendar(feed.orgId(), feed.personId()));
  }

  /** One person's dates as iCalendar text, for the caller (the CLI's export). */
  public String export(Caller caller, UUID personId) {
    return personCalendar(caller.orgId(), personId)
        .orElseThrow(() -> new NotFoundException("person", personId));
  }

  private Optional<String> personCalendar(UUID orgId, UUID personId) {
    Optional<Person> person = persons.find(orgId, personId);
    Optional<Organization> organization = organizations.find(orgId);
    if (person.isEmpty() || organization.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        format.write(
            new CalendarDocument(
                person.get().fullName(),
                organization.get().reminderSendTime(),
                false,
                entries.of(orgId, personId, MAX_ENTRIES))));
  }

  private Optional<String> organizationCalendar(UUID orgId) {
    return organizations
        .find(orgId)
        .map(
            organization ->
                format.write(
                    new CalendarDocument(
                        organization.name(),
                        organization.reminderSendTime(),
                        true,
                        entries.of(orgId, null, MAX_ENTRIES))));
  }
}
