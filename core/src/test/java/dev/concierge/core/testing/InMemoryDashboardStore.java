package dev.concierge.core.testing;

import dev.concierge.core.conversations.Conversation;
import dev.concierge.core.conversations.Message;
import dev.concierge.core.dashboard.ActivityEntry;
import dev.concierge.core.dashboard.ClientDate;
import dev.concierge.core.dashboard.ConversationSummary;
import dev.concierge.core.dashboard.Dashboard;
import dev.concierge.core.dashboard.DashboardStats;
import dev.concierge.core.dashboard.DashboardStore;
import dev.concierge.core.dashboard.DashboardWidgets;
import dev.concierge.core.dashboard.ProjectProgress;
import dev.concierge.core.dashboard.RecommendationSummary;
import dev.concierge.core.dashboard.ScheduledDate;
import dev.concierge.core.dashboard.UpcomingDateSummary;
import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.persons.Person;
import dev.concierge.core.projects.Project;
import dev.concierge.core.projects.ProjectStatus;
import dev.concierge.core.projects.Task;
import dev.concierge.core.projects.TaskStatus;
import dev.concierge.core.time.Today;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * {@link DashboardStore} read from the other in-memory stores as PostgreSQL's reads their tables,
 * held to it by the contract. Dates and reminder deliveries belong to stores of their own; a test
 * records here the few facts about them the dashboard reads.
 */
public final class InMemoryDashboardStore implements DashboardStore {
  /** A date as the dashboard reads it, and whose it is. */
  private record DateRow(
      UUID orgId, UUID personId, ScheduledDate date, Instant createdAt, boolean deleted) {}

  /** One attempt to deliver a reminder about a date, that succeeded or failed for good. */
  private record Attempt(
      UUID orgId,
      UUID personId,
      UUID reminderRuleId,
      UUID dateItemId,
      ChannelType channel,
      boolean delivered,
      Instant at) {}

  private final InMemoryPersonStore persons;
  private final InMemoryConversationStore conversations;
  private final InMemoryProjectStore projects;
  private final InMemoryCatalogueStore catalogue;
  private final Clock clock;
  private final Map<UUID, DateRow> dates = new ConcurrentHashMap<>();
  private final List<Attempt> attempts = new CopyOnWriteArrayList<>();

  public InMemoryDashboardStore(
      InMemoryPersonStore persons,
      InMemoryConversationStore conversations,
      InMemoryProjectStore projects,
      InMemoryCatalogueStore catalogue,
      Clock clock) {
    this.persons = persons;
    this.conversations = conversations;
    this.projects = projects;
    this.catalogue = catalogue;
    this.clock = clock;
  }

  /** Records a live date of the person, as {@code date} describes it, added now. */
  public void addDate(UUID orgId, UUID personId, ScheduledDate date) {
    dates.put(date.dateItemId(), new DateRow(orgId, personId, date, clock.instant(), false));
  }

  /** Records that the date was deleted. */
  public void deleteDate(UUID dateItemId) {
    dates.computeIfPresent(
        dateItemId, (id, d) -> new DateRow(d.orgId(), d.personId(), d.date(), d.createdAt(), true));
  }

  /**
   * Records a new reminder rule of the date and one attempt of it, delivered or failed for good,
   * finished at {@code at}; returns the rule's id.
   */
  public UUID addReminderAttempt(
      UUID orgId,
      UUID personId,
      UUID dateItemId,
      ChannelType channel,
      boolean delivered,
      Instant at) {
    UUID rule = UUID.randomUUID();
    attempts.add(new Attempt(orgId, personId, rule, dateItemId, channel, delivered, at));
    dates.computeIfPresent(
        dateItemId,
        (id, d) ->
            new DateRow(
                d.orgId(),
                d.personId(),
                withOneMoreReminder(d.date()),
                d.createdAt(),
                d.deleted()));
    return rule;
  }

  @Override
  public Optional<Dashboard> find(UUID orgId, UUID personId, Instant now, int widgetSize) {
    return persons.find(orgId, personId).map(person -> dashboard(person, now, widgetSize));
  }

  private Dashboard dashboard(Person person, Instant now, int limit) {
    UUID orgId = person.orgId();
    UUID personId = person.personId();
    LocalDate today = Today.at(person.timezone(), now);
    List<ConversationSummary> talks =
        conversations.conversationsOf(orgId, personId).stream()
            .map(c -> summary(c, conversations.messagesOf(orgId, c.conversationId())))
            .sorted(
                Comparator.comparing(Talk::lastActivity)
                    .reversed()
                    .thenComparing(t -> t.summary().conversationId()))
            .map(Talk::summary)
            .toList();
    List<UpcomingDateSummary> upcoming =
        scheduledDates(orgId, personId).stream()
            .filter(d -> !d.nextOccurrence().isBefore(today))
            .sorted(
                Comparator.comparing(ScheduledDate::nextOccurrence)
                    .thenComparing(ScheduledDate::title)
                    .thenComparing(ScheduledDate::dateItemId))
            .map(d -> d.occurringOn(d.nextOccurrence(), today))
            .toList();
    List<ProjectProgress> active =
        projects.projectsOf(orgId, personId).stream()
            .filter(p -> p.status() == ProjectStatus.NEW || p.status() == ProjectStatus.IN_PROGRESS)
            .sorted(
                Comparator.comparingInt(Project::priority)
                    .thenComparing(
                        Project::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(Comparator.comparing(Project::createdAt).reversed())
                    .thenComparing(Project::projectId))
            .map(this::progress)
            .toList();
    List<RecommendationSummary> recommended =
        catalogue.recommendationsOf(orgId, personId).stream()
            .map(
                r ->
                    new RecommendationSummary(
                        r.recommendationId(),
                        r.resourceId(),
                        r.displayName(),
                        r.resourceType(),
                        r.inCatalogue(),
                        r.title(),
                        r.notes(),
                        r.createdAt()))
            .toList();
    return new Dashboard(
        person,
        new DashboardWidgets(
            first(talks, limit),
            first(upcoming, limit),
            first(active, limit),
            first(recommended, limit),
            new DashboardStats(talks.size(), upcoming.size(), active.size(), recommended.size())));
  }

  /** A conversation's summary and the time its order on the dashboard goes by. */
  private record Talk(ConversationSummary summary, Instant lastActivity) {}

  private static Talk summary(Conversation c, List<Message> messages) {
    Message last = messages.isEmpty() ? null : messages.get(messages.size() - 1);
    Instant lastMessageAt = last != null ? last.createdAt() : c.lastMessageAt();
    return new Talk(
        new ConversationSummary(
            c.conversationId(),
            c.channelType(),
            last == null ? null : first(last.content(), 100),
            lastMessageAt,
            messages.size()),
        lastMessageAt != null ? lastMessageAt : c.createdAt());
  }

  private ProjectProgress progress(Project p) {
    List<Task> tasks = projects.tasksOf(p.orgId(), p.projectId());
    return ProjectProgress.of(
        p.projectId(),
        p.title(),
        p.status(),
        p.priority(),
        p.dueDate(),
        tasks.stream().filter(t -> t.status() != TaskStatus.CANCELLED).count(),
        tasks.stream().filter(t -> t.status() == TaskStatus.COMPLETED).count());
  }

  @Override
  public List<ScheduledDate> scheduledDates(UUID orgId, UUID personId) {
    return dates.values().stream()
        .filter(d -> d.orgId().equals(orgId) && d.personId().equals(personId) && !d.deleted())
        .map(DateRow::date)
        .filter(d -> d.nextOccurrence() != null)
        .sorted(
            Comparator.comparing(ScheduledDate::nextOccurrence)
                .thenComparing(ScheduledDate::dateItemId))
        .toList();
  }

  @Override
  public List<ClientDate> scheduledDatesOf(UUID orgId, Collection<UUID> personIds) {
    return personIds.stream()
        .distinct()
        .sorted()
        .flatMap(
            personId ->
                persons
                    .find(orgId, personId)
                    .map(
                        person ->
                            scheduledDates(orgId, personId).stream()
                                .map(
                                    date ->
                                        new ClientDate(
                                            personId, person.fullName(), person.timezone(), date)))
                    .orElseGet(Stream::empty))
        .toList();
  }

  @Override
  public List<ClientDate> datesBetween(UUID orgId, LocalDate from, LocalDate to) {
    return liveDates(
        orgId,
        date ->
            date.recurrenceRule() == null
                ? !date.dateValue().isBefore(from) && !date.dateValue().isAfter(to)
                : date.nextOccurrence() != null
                    && !date.dateValue().isAfter(to)
                    && !plainYearly(date)
                    && (!"FREQ=YEARLY".equals(date.recurrenceRule()) || leapDayIn(from, to)));
  }

  @Override
  public Page<ClientDate> yearlyBetween(
      UUID orgId, LocalDate from, LocalDate to, DaysAhead ahead, int limit) {
    List<ClientDate> found =
        liveDates(
                orgId,
                date ->
                    plainYearly(date)
                        && date.nextOccurrence() != null
                        && !yearlyOccurrence(date, from).isAfter(to)
                        && !yearlyOccurrence(date, from).isBefore(date.dateValue()))
            .stream()
            .filter(
                d -> {
                  if (ahead == null) {
                    return true;
                  }
                  long days =
                      ChronoUnit.DAYS.between(
                          Today.in(d.timezone(), Clock.fixed(ahead.now(), ZoneOffset.UTC)),
                          yearlyOccurrence(d.date(), from));
                  return days >= 0 && days <= ahead.days();
                })
            .sorted(
                Comparator.comparing((ClientDate d) -> yearlyOccurrence(d.date(), from))
                    .thenComparing(ClientDate::personName)
                    .thenComparing(d -> d.date().title())
                    .thenComparing(ClientDate::personId)
                    .thenComparing(d -> d.date().dateItemId()))
            .toList();
    return new Page<>(
        found.subList(0, Math.min(limit, found.size())),
        Math.min(DashboardStore.countedUpTo(ahead), found.size()));
  }

  private List<ClientDate> liveDates(UUID orgId, Predicate<ScheduledDate> wanted) {
    List<ClientDate> found = new ArrayList<>();
    for (DateRow row : dates.values()) {
      if (row.orgId().equals(orgId) && !row.deleted() && wanted.test(row.date())) {
        persons
            .find(orgId, row.personId())
            .ifPresent(
                p ->
                    found.add(
                        new ClientDate(p.personId(), p.fullName(), p.timezone(), row.date())));
      }
    }
    found.sort(
        Comparator.comparing(ClientDate::personName)
            .thenComparing(ClientDate::personId)
            .thenComparing(d -> d.date().dateItemId()));
    return found;
  }

  private static boolean leapDayIn(LocalDate from, LocalDate to) {
    return from.datesUntil(to.plusDays(1))
        .anyMatch(day -> day.getMonthValue() == 2 && day.getDayOfMonth() >= 28);
  }

  private static boolean plainYearly(ScheduledDate date) {
    return "FREQ=YEARLY".equals(date.recurrenceRule())
        && !MonthDay.from(date.dateValue()).equals(MonthDay.of(2, 29));
  }

  /** The day a plain yearly date falls on from {@code from}, within the year after it. */
  private static LocalDate yearlyOccurrence(ScheduledDate date, LocalDate from) {
    LocalDate inFirstYear = MonthDay.from(date.dateValue()).atYear(from.getYear());
    return inFirstYear.isBefore(from) ? inFirstYear.plusYears(1) : inFirstYear;
  }

  @Override
  public Page<ActivityEntry> activity(UUID orgId, UUID personId, PageRequest page) {
    List<ActivityEntry> entries = new ArrayList<>();
    for (Conversation c : conversations.conversationsOf(orgId, personId)) {
      for (Message m : conversations.messagesOf(orgId, c.conversationId())) {
        entries.add(
            new ActivityEntry(
                "message",
                m.createdAt(),
                capitalized(m.direction().wireName())
                    + " "
                    + c.channelType().wireName()
                    + " message: "
                    + first(m.content(), 120),
                m.messageId()));
      }
    }
    for (Project p : projects.projectsOf(orgId, personId)) {
      entries.add(
          new ActivityEntry(
              "project_created", p.createdAt(), "Project created: " + p.title(), p.projectId()));
      if (p.completedAt() != null) {
        entries.add(
            new ActivityEntry(
                "project_completed",
                p.completedAt(),
                "Project completed: " + p.title(),
                p.projectId()));
      }
      for (Task t : projects.tasksOf(orgId, p.projectId())) {
        entries.add(
            new ActivityEntry(
                "task_created",
                t.createdAt(),
                "Task added to " + p.title() + ": " + t.title(),
                t.taskId()));
        if (t.completedAt() != null) {
          entries.add(
              new ActivityEntry(
                  "task_completed", t.completedAt(), "Task completed: " + t.title(), t.taskId()));
        }
      }
    }
    for (DateRow d : dates.values()) {
      if (d.orgId().equals(orgId) && d.personId().equals(personId) && !d.deleted()) {
        entries.add(
            new ActivityEntry(
                "date_item_created",
                d.createdAt(),
                "Date added: " + d.date().title() + " (" + d.date().dateValue() + ")",
                d.date().dateItemId()));
      }
    }
    for (Attempt a : attempts) {
      if (a.orgId().equals(orgId) && a.personId().equals(personId)) {
        DateRow date = dates.get(a.dateItemId());
        entries.add(
            new ActivityEntry(
                a.delivered() ? "reminder_sent" : "reminder_failed",
                a.at(),
                (a.delivered() ? "Reminder sent by " : "Reminder failed on ")
                    + a.channel().wireName()
                    + (date == null ? "" : ": " + date.date().title()),
                a.reminderRuleId()));
      }
    }
    entries.sort(
        Comparator.comparing(ActivityEntry::occurredAt)
            .reversed()
            .thenComparing(ActivityEntry::type)
            .thenComparing(ActivityEntry::entityId));
    return Pages.of(entries, page);
  }

  private static ScheduledDate withOneMoreReminder(ScheduledDate d) {
    return new ScheduledDate(
        d.dateItemId(),
        d.title(),
        d.dateValue(),
        d.recurrenceRule(),
        d.leapDayPolicy(),
        d.nextOccurrence(),
        d.categoryId(),
        d.categoryName(),
        d.categoryIcon(),
        d.reminderCount() + 1);
  }

  private static <T> List<T> first(List<T> items, int limit) {
    return items.subList(0, Math.min(limit, items.size()));
  }

  /** The first {@code length} characters, as PostgreSQL's {@code left} counts them. */
  private static String first(String text, int length) {
    return text.codePoints()
        .limit(length)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
  }

  /** As PostgreSQL's {@code initcap} writes a one-word wire name. */
  private static String capitalized(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
