package dev.concierge.core.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.concierge.core.catalogue.CatalogueStore;
import dev.concierge.core.catalogue.NewRecommendation;
import dev.concierge.core.catalogue.NewResource;
import dev.concierge.core.catalogue.Recommendation;
import dev.concierge.core.catalogue.Resource;
import dev.concierge.core.catalogue.ResourceType;
import dev.concierge.core.conversations.Conversation;
import dev.concierge.core.conversations.ConversationStore;
import dev.concierge.core.conversations.Message;
import dev.concierge.core.conversations.MessageDirection;
import dev.concierge.core.conversations.NewConversation;
import dev.concierge.core.conversations.NewMessage;
import dev.concierge.core.conversations.SenderType;
import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.projects.Changes;
import dev.concierge.core.projects.NewProject;
import dev.concierge.core.projects.NewTask;
import dev.concierge.core.projects.Project;
import dev.concierge.core.projects.ProjectStatus;
import dev.concierge.core.projects.ProjectStore;
import dev.concierge.core.projects.Task;
import dev.concierge.core.projects.TaskStatus;
import dev.concierge.core.testing.StoreContract;
import dev.concierge.core.time.LeapDayPolicy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DashboardStore} reads, PostgreSQL's and the in-memory one alike, from what the
 * other stores (and, for dates and reminders, the test) have recorded.
 */
public abstract class DashboardStoreContract extends StoreContract<DashboardStore> {
  private static final int WIDGET = 2;
  private static final PageRequest ALL = new PageRequest(0, 50);

  /**
   * A date as a test records it.
   *
   * @param categoryName the name of a category of the organization, or null for none
   * @param reminders how many live reminder rules it has
   */
  public record DateFact(
      String title,
      LocalDate dateValue,
      String recurrenceRule,
      LocalDate nextOccurrence,
      String categoryName,
      String categoryIcon,
      int reminders) {
    static DateFact on(String title, LocalDate next) {
      return new DateFact(title, next, null, next, null, null, 0);
    }
  }

  /** A client of the organization living in {@code zone}. */
  protected abstract UUID newPerson(UUID orgId, ZoneId zone);

  protected abstract void deletePerson(UUID orgId, UUID personId);

  /** Where the conversations the dashboard reads are written. */
  protected abstract ConversationStore conversations();

  /** Where the projects the dashboard reads are written. */
  protected abstract ProjectStore projects();

  /** Where the recommendations the dashboard reads are written. */
  protected abstract CatalogueStore catalogue();

  /** Records a live date of the person; returns its id. */
  protected abstract UUID addDate(UUID orgId, UUID personId, DateFact date);

  protected abstract void deleteDate(UUID orgId, UUID dateItemId);

  /**
   * Records a new reminder rule of the date and one attempt of it on {@code channel}, delivered or
   * failed for good, finished at {@code at}; returns the rule's id.
   */
  protected abstract UUID addReminderAttempt(
      UUID orgId,
      UUID personId,
      UUID dateItemId,
      ChannelType channel,
      boolean delivered,
      Instant at);

  @Test
  void a_person_of_another_organization_or_deleted_has_no_dashboard() {
    UUID deleted = newPerson(org);
    deletePerson(org, deleted);

    assertThat(store.find(newOrganization(), client, Instant.now(), WIDGET)).isEmpty();
    assertThat(store.find(org, deleted, Instant.now(), WIDGET)).isEmpty();
    assertThat(store.find(org, UUID.randomUUID(), Instant.now(), WIDGET)).isEmpty();
  }

  @Test
  void a_person_with_nothing_recorded_has_empty_widgets_and_zero_counts() {
    Dashboard dashboard = store.find(org, client, Instant.now(), WIDGET).orElseThrow();

    assertThat(dashboard.person().personId()).isEqualTo(client);
    assertThat(dashboard.widgets().recentConversations()).isEmpty();
    assertThat(dashboard.widgets().upcomingDates()).isEmpty();
    assertThat(dashboard.widgets().activeProjects()).isEmpty();
    assertThat(dashboard.widgets().recentRecommendations()).isEmpty();
    assertThat(dashboard.widgets().stats()).isEqualTo(new DashboardStats(0, 0, 0, 0));
  }

  @Test
  void conversations_are_latest_first_by_their_last_message_with_a_preview_and_a_count() {
    Conversation older = conversation(client);
    Conversation quiet = conversation(client);
    Conversation other = conversation(newPerson(org));
    message(other, "Not the client's");
    message(older, "Hello");
    Message last = message(older, "x".repeat(99) + "éyz");
    Conversation newest = conversation(client);

    Dashboard dashboard = store.find(org, client, Instant.now(), WIDGET).orElseThrow();

    assertThat(dashboard.widgets().stats().totalConversations()).isEqualTo(3);
    assertThat(dashboard.widgets().recentConversations())
        .containsExactly(
            new ConversationSummary(newest.conversationId(), ChannelType.EMAIL, null, null, 0),
            new ConversationSummary(
                older.conversationId(),
                ChannelType.EMAIL,
                "x".repeat(99) + "é",
                last.createdAt(),
                2));
    assertThat(quiet.conversationId()).isNotIn(newest.conversationId(), older.conversationId());
  }

  @Test
  void dates_are_the_next_from_the_persons_today_in_their_zone_with_category_and_reminders() {
    // UTC+14: the person's today is ahead of most of the world's
    ZoneId kiritimati = ZoneId.of("Pacific/Kiritimati");
    UUID person = newPerson(org, kiritimati);
    Instant now = Instant.now();
    LocalDate today = LocalDate.ofInstant(now, kiritimati);
    addDate(org, person, DateFact.on("yesterday", today.minusDays(1)));
    UUID birthday =
        addDate(
            org,
            person,
            new DateFact(
                "birthday", today.minusYears(30), "FREQ=YEARLY", today, "Birthday", "🎂", 2));
    UUID soon = addDate(org, person, DateFact.on("soon", today.plusDays(3)));
    addDate(org, person, DateFact.on("later", today.plusDays(10)));
    UUID gone = addDate(org, person, DateFact.on("also soon", today.plusDays(3)));
    deleteDate(org, gone);
    addDate(org, newPerson(org), DateFact.on("someone else's", today));

    Dashboard dashboard = store.find(org, person, now, WIDGET).orElseThrow();

    assertThat(dashboard.widgets().stats().totalUpcomingDates()).isEqualTo(3);
    assertThat(dashboard.widgets().upcomingDates())
        .extracting(UpcomingDateSummary::dateItemId)
        .containsExactly(birthday, soon);
    UpcomingDateSummary first = dashboard.widgets().upcomingDates().get(0);
    assertThat(first.title()).isEqualTo("birthday");
    assertThat(first.dateValue()).isEqualTo(today.minusYears(30));
    assertThat(first.occurrenceDate()).isEqualTo(today);
    assertThat(first.nextOccurrence()).isEqualTo(today);
    assertThat(first.categoryId()).isNotNull();
    assertThat(first.categoryName()).isEqualTo("Birthday");
    assertThat(first.categoryIcon()).isEqualTo("🎂");
    assertThat(first.daysUntil()).isZero();
    assertThat(first.reminderCount()).isEqualTo(2);
    assertThat(dashboard.widgets().upcomingDates().get(1).daysUntil()).isEqualTo(3);
  }

  @Test
  void every_widget_filled_at_once_has_its_own_rows_in_its_own_order_and_count() {
    Conversation chat = conversation(client);
    Message said = message(chat, "Hi");
    Instant now = Instant.now();
    LocalDate today = LocalDate.ofInstant(now, ZoneId.of("UTC"));
    UUID soon = addDate(org, client, DateFact.on("same title", today.plusDays(2)));
    UUID later = addDate(org, client, DateFact.on("later", today.plusDays(9)));
    addDate(org, client, DateFact.on("latest", today.plusDays(20)));
    Project first = project("same title", 1, null, ProjectStatus.NEW);
    Project second = project("second", 2, null, ProjectStatus.NEW);
    project("third", 3, null, ProjectStatus.NEW);
    Recommendation older = recommend(client, null, "Older", null);
    Recommendation newer = recommend(client, null, "Newer", null);

    Dashboard dashboard = store.find(org, client, now, WIDGET).orElseThrow();

    assertThat(dashboard.person().personId()).isEqualTo(client);
    assertThat(dashboard.widgets().recentConversations())
        .containsExactly(
            new ConversationSummary(
                chat.conversationId(), ChannelType.EMAIL, "Hi", said.createdAt(), 1));
    assertThat(dashboard.widgets().upcomingDates())
        .extracting(UpcomingDateSummary::dateItemId, UpcomingDateSummary::title)
        .containsExactly(tuple(soon, "same title"), tuple(later, "later"));
    assertThat(dashboard.widgets().activeProjects())
        .extracting(ProjectProgress::projectId, ProjectProgress::title)
        .containsExactly(
            tuple(first.projectId(), "same title"), tuple(second.projectId(), "second"));
    assertThat(dashboard.widgets().recentRecommendations())
        .extracting(RecommendationSummary::recommendationId, RecommendationSummary::createdAt)
        .containsExactly(
            tuple(newer.recommendationId(), newer.createdAt()),
            tuple(older.recommendationId(), older.createdAt()));
    assertThat(dashboard.widgets().stats()).isEqualTo(new DashboardStats(1, 3, 3, 2));
  }

  @Test
  void several_persons_scheduled_dates_read_at_once_are_each_ones_own_with_their_zone() {
    ZoneId tokyo = ZoneId.of("Asia/Tokyo");
    ZoneId losAngeles = ZoneId.of("America/Los_Angeles");
    UUID mariko = newPerson(org, tokyo);
    UUID dana = newPerson(org, losAngeles);
    UUID deleted = newPerson(org);
    UUID withoutDates = newPerson(org);
    UUID otherOrg = newOrganization();
    UUID stranger = newPerson(otherOrg);
    LocalDate next = LocalDate.of(2030, 3, 4);
    for (UUID person : List.of(client, mariko, dana, deleted)) {
      addDate(
          org,
          person,
          new DateFact(
              "Leap baby",
              LocalDate.of(2024, 2, 29),
              "FREQ=YEARLY",
              LocalDate.of(2030, 2, 28),
              null,
              null,
              1));
      addDate(
          org,
          person,
          new DateFact(
              "Piano", LocalDate.of(2026, 2, 25), "FREQ=WEEKLY;BYDAY=WE", next, null, null, 0));
      addDate(org, person, DateFact.on("Flight", next));
      deleteDate(org, addDate(org, person, DateFact.on("Called off", next)));
      addDate(
          org, person, new DateFact("Past", LocalDate.of(2020, 1, 1), null, null, null, null, 0));
    }
    addDate(otherOrg, stranger, DateFact.on("Not ours", next));
    deletePerson(org, deleted);

    List<ClientDate> together =
        store.scheduledDatesOf(
            org, List.of(client, mariko, dana, deleted, withoutDates, stranger, UUID.randomUUID()));

    assertThat(together)
        .extracting(ClientDate::personId)
        .containsOnly(client, mariko, dana)
        .hasSize(9);
    for (UUID person : List.of(client, mariko, dana)) {
      List<ClientDate> theirs =
          together.stream().filter(date -> date.personId().equals(person)).toList();
      assertThat(theirs)
          .extracting(ClientDate::date)
          .containsExactlyElementsOf(store.scheduledDates(org, person));
      assertThat(together.subList(together.indexOf(theirs.get(0)), together.size()))
          .as("each person's dates together")
          .startsWith(theirs.toArray(ClientDate[]::new));
    }
    assertThat(together)
        .filteredOn(date -> date.personId().equals(mariko))
        .extracting(ClientDate::timezone)
        .containsOnly(tokyo);
    assertThat(together)
        .filteredOn(date -> date.personId().equals(dana))
        .extracting(ClientDate::timezone)
        .containsOnly(losAngeles);
    assertThat(store.scheduledDatesOf(org, List.of())).isEmpty();
  }

  @Test
  void active_projects_are_by_priority_then_due_date_with_their_progress() {
    LocalDate june = LocalDate.of(2030, 6, 1);
    Project later = project("later", 2, june.plusDays(1), ProjectStatus.NEW);
    Project sooner = project("sooner", 2, june, ProjectStatus.IN_PROGRESS);
    Project urgent = project("urgent", 1, null, ProjectStatus.NEW);
    project("done", 1, june, ProjectStatus.COMPLETED);
    project("dropped", 1, june, ProjectStatus.CANCELLED);
    task(sooner, TaskStatus.COMPLETED);
    task(sooner, TaskStatus.PENDING);
    task(sooner, TaskStatus.IN_PROGRESS);
    task(sooner, TaskStatus.CANCELLED);

    Dashboard dashboard = store.find(org, client, Instant.now(), WIDGET).orElseThrow();

    assertThat(dashboard.widgets().stats().totalActiveProjects()).isEqualTo(3);
    assertThat(dashboard.widgets().activeProjects())
        .containsExactly(
            new ProjectProgress(urgent.projectId(), "urgent", ProjectStatus.NEW, 1, null, 0, 0, 0),
            new ProjectProgress(
                sooner.projectId(), "sooner", ProjectStatus.IN_PROGRESS, 2, june, 3, 1, 33));
    assertThat(later.projectId()).isNotNull();
  }

  @Test
  void recommendations_are_latest_first_named_by_their_entry_or_their_title_with_their_own_title() {
    Resource venue =
        catalogue().save(Resource.of(org, ResourceType.VENUE, NewResource.named("The Modern")));
    recommend(client, null, "Sunset sail", null);
    Recommendation ofVenue = recommend(client, venue.resourceId(), "Anniversary dinner", "Terrace");
    Recommendation idea = recommend(client, null, "Picnic", "Bring a blanket");
    recommend(newPerson(org), null, "Someone else's", null);

    Dashboard dashboard = store.find(org, client, Instant.now(), WIDGET).orElseThrow();

    assertThat(dashboard.widgets().stats().totalRecommendations()).isEqualTo(3);
    assertThat(dashboard.widgets().recentRecommendations())
        .containsExactly(
            new RecommendationSummary(
                idea.recommendationId(),
                null,
                "Picnic",
                null,
                false,
                "Picnic",
                "Bring a blanket",
                idea.createdAt()),
            new RecommendationSummary(
                ofVenue.recommendationId(),
                venue.resourceId(),
                "The Modern",
                ResourceType.VENUE,
                true,
                "Anniversary dinner",
                "Terrace",
                ofVenue.createdAt()));
  }

  @Test
  void
      a_recommendation_whose_entry_was_deleted_keeps_its_name_and_type_but_is_out_of_the_catalogue() {
    Resource venue =
        catalogue().save(Resource.of(org, ResourceType.VENUE, NewResource.named("The Closed")));
    Recommendation ofVenue = recommend(client, venue.resourceId(), null, null);
    catalogue().delete(org, venue.resourceId());

    Dashboard dashboard = store.find(org, client, Instant.now(), WIDGET).orElseThrow();

    assertThat(dashboard.widgets().recentRecommendations())
        .containsExactly(
            new RecommendationSummary(
                ofVenue.recommendationId(),
                venue.resourceId(),
                "The Closed",
                ResourceType.VENUE,
                false,
                null,
                null,
                ofVenue.createdAt()));
  }

  @Test
  void scheduled_dates_are_the_live_dates_with_a_next_occurrence_soonest_first() {
    LocalDate first = LocalDate.of(2030, 1, 1);
    UUID leapDay =
        addDate(
            org,
            client,
            new DateFact(
                "leap day",
                LocalDate.of(2028, 2, 29),
                "FREQ=YEARLY",
                first.plusDays(5),
                null,
                null,
                1));
    UUID soonest = addDate(org, client, DateFact.on("soonest", first));
    addDate(org, client, new DateFact("passed", first.minusYears(1), null, null, null, null, 0));
    UUID gone = addDate(org, client, DateFact.on("gone", first));
    deleteDate(org, gone);
    addDate(org, newPerson(org), DateFact.on("someone else's", first));

    List<ScheduledDate> dates = store.scheduledDates(org, client);

    assertThat(dates).extracting(ScheduledDate::dateItemId).containsExactly(soonest, leapDay);
    ScheduledDate yearly = dates.get(1);
    assertThat(yearly.title()).isEqualTo("leap day");
    assertThat(yearly.dateValue()).isEqualTo(LocalDate.of(2028, 2, 29));
    assertThat(yearly.recurrenceRule()).isEqualTo("FREQ=YEARLY");
    assertThat(yearly.leapDayPolicy()).isEqualTo(LeapDayPolicy.FEB_28);
    assertThat(yearly.nextOccurrence()).isEqualTo(first.plusDays(5));
    assertThat(yearly.categoryName()).isNull();
    assertThat(yearly.reminderCount()).isEqualTo(1);
    assertThat(store.scheduledDates(newOrganization(), client)).isEmpty();
  }

  @Test
  void dates_between_are_the_one_off_dates_within_and_the_recurring_ones_not_plain_yearly() {
    LocalDate from = LocalDate.of(2030, 3, 1);
    LocalDate to = LocalDate.of(2030, 3, 31);
    UUID paris = newPerson(org, ZoneId.of("Europe/Paris"));
    UUID other = newPerson(org, ZoneId.of("Asia/Tokyo"));
    UUID yearly =
        addDate(
            org,
            paris,
            new DateFact(
                "birthday",
                LocalDate.of(1980, 3, 9),
                "FREQ=YEARLY",
                from.plusDays(8),
                null,
                null,
                2));
    UUID within = addDate(org, other, DateFact.on("gala", from.plusDays(3)));
    addDate(org, other, DateFact.on("after", to.plusDays(1)));
    addDate(org, other, new DateFact("before", from.minusDays(1), null, null, null, null, 0));
    addDate(
        org,
        other,
        new DateFact(
            "starts later", to.plusDays(1), "FREQ=MONTHLY", to.plusDays(1), null, null, 0));
    addDate(
        org,
        other,
        new DateFact("ended", from.minusYears(2), "FREQ=YEARLY;COUNT=1", null, null, null, 0));
    UUID gone = addDate(org, other, DateFact.on("gone", from));
    deleteDate(org, gone);
    UUID departed = newPerson(org, ZoneId.of("UTC"));
    addDate(org, departed, DateFact.on("of a deleted person", from));
    deletePerson(org, departed);
    UUID theirs = newOrganization();
    addDate(theirs, newPerson(theirs, ZoneId.of("UTC")), DateFact.on("theirs", from));

    addDate(
        org,
        other,
        new DateFact(
            "in July",
            LocalDate.of(1990, 7, 4),
            "FREQ=YEARLY",
            LocalDate.of(2030, 7, 4),
            null,
            null,
            0));
    UUID leapDay =
        addDate(
            org,
            other,
            new DateFact(
                "leap day",
                LocalDate.of(1992, 2, 29),
                "FREQ=YEARLY",
                LocalDate.of(2031, 2, 28),
                null,
                null,
                0));
    UUID monthly =
        addDate(
            org,
            other,
            new DateFact(
                "monthly",
                LocalDate.of(2020, 7, 4),
                "FREQ=MONTHLY",
                LocalDate.of(2030, 3, 4),
                null,
                null,
                0));

    List<ClientDate> dates = store.datesBetween(org, from, to);

    assertThat(dates)
        .extracting(d -> d.date().dateItemId())
        .containsExactlyInAnyOrder(within, monthly)
        .doesNotContain(yearly, leapDay);
    assertThat(store.datesBetween(org, LocalDate.of(2030, 12, 20), LocalDate.of(2031, 1, 20)))
        .extracting(d -> d.date().title())
        .containsExactlyInAnyOrder("monthly", "starts later");
    assertThat(store.datesBetween(org, LocalDate.of(2030, 6, 20), LocalDate.of(2030, 7, 20)))
        .extracting(d -> d.date().title())
        .containsExactlyInAnyOrder("monthly", "starts later");
    assertThat(store.datesBetween(org, LocalDate.of(2031, 2, 28), LocalDate.of(2031, 3, 2)))
        .extracting(d -> d.date().title())
        .containsExactlyInAnyOrder("leap day", "monthly", "starts later");
    assertThat(dates.stream().filter(d -> d.date().dateItemId().equals(within)).findFirst())
        .hasValueSatisfying(d -> assertThat(d.timezone()).isEqualTo(ZoneId.of("Asia/Tokyo")));
  }

  @Test
  void yearly_dates_between_come_by_the_day_they_fall_on_as_far_as_asked_and_counted() {
    LocalDate from = LocalDate.of(2030, 3, 1);
    LocalDate to = LocalDate.of(2030, 3, 31);
    UUID paris = newPerson(org, ZoneId.of("Europe/Paris"));
    UUID other = newPerson(org, ZoneId.of("Asia/Tokyo"));
    UUID birthday = addDate(org, paris, yearly("birthday", LocalDate.of(1980, 3, 9), 2));
    UUID early = addDate(org, other, yearly("early", LocalDate.of(1975, 3, 2), 0));
    UUID late = addDate(org, other, yearly("late", LocalDate.of(2001, 3, 31), 0));
    addDate(org, other, yearly("April", LocalDate.of(1990, 4, 1), 0));
    addDate(org, other, yearly("February", LocalDate.of(1990, 2, 28), 0));
    addDate(org, other, yearly("begins after its day", LocalDate.of(2031, 3, 20), 0));
    addDate(org, other, yearly("leap day", LocalDate.of(1992, 2, 29), 0));
    addDate(
        org,
        other,
        new DateFact("ended", LocalDate.of(1999, 3, 5), "FREQ=YEARLY", null, null, null, 0));
    addDate(
        org,
        other,
        new DateFact(
            "monthly", LocalDate.of(2020, 3, 4), "FREQ=MONTHLY", from.plusDays(3), null, null, 0));
    UUID gone = addDate(org, other, yearly("gone", LocalDate.of(1990, 3, 10), 0));
    deleteDate(org, gone);
    UUID departed = newPerson(org, ZoneId.of("UTC"));
    addDate(org, departed, yearly("of a deleted person", LocalDate.of(1990, 3, 10), 0));
    deletePerson(org, departed);
    UUID theirs = newOrganization();
    addDate(
        theirs,
        newPerson(theirs, ZoneId.of("UTC")),
        yearly("theirs", LocalDate.of(1990, 3, 10), 0));

    Page<ClientDate> all = store.yearlyBetween(org, from, to, null, 10);
    Page<ClientDate> first = store.yearlyBetween(org, from, to, null, 2);

    assertThat(all.items())
        .extracting(d -> d.date().dateItemId())
        .containsExactly(early, birthday, late);
    assertThat(all.total()).isEqualTo(3);
    assertThat(first.items())
        .extracting(d -> d.date().dateItemId())
        .containsExactly(early, birthday);
    assertThat(first.total()).isEqualTo(3);
    ClientDate hers = all.items().get(1);
    assertThat(hers.personId()).isEqualTo(paris);
    assertThat(hers.timezone()).isEqualTo(ZoneId.of("Europe/Paris"));
    assertThat(hers.date().recurrenceRule()).isEqualTo("FREQ=YEARLY");
    assertThat(hers.date().reminderCount()).isEqualTo(2);
  }

  @Test
  void yearly_dates_across_new_year_come_december_first_then_january() {
    UUID client = newPerson(org, ZoneId.of("UTC"));
    UUID january = addDate(org, client, yearly("January", LocalDate.of(1980, 1, 3), 0));
    UUID december = addDate(org, client, yearly("December", LocalDate.of(1980, 12, 28), 0));
    addDate(org, client, yearly("November", LocalDate.of(1980, 11, 28), 0));
    addDate(org, client, yearly("begins next January", LocalDate.of(2031, 1, 5), 0));

    Page<ClientDate> wrap =
        store.yearlyBetween(org, LocalDate.of(2030, 12, 20), LocalDate.of(2031, 1, 20), null, 10);
    Page<ClientDate> only =
        store.yearlyBetween(org, LocalDate.of(2030, 12, 20), LocalDate.of(2031, 1, 20), null, 1);

    assertThat(wrap.items())
        .extracting(d -> d.date().title())
        .containsExactly("December", "January", "begins next January");
    assertThat(wrap.total()).isEqualTo(3);
    assertThat(only.items()).extracting(d -> d.date().dateItemId()).containsExactly(december);
    assertThat(only.total()).isEqualTo(3);
    assertThat(wrap.items().get(1).date().dateItemId()).isEqualTo(january);
  }

  @Test
  void yearly_dates_ahead_count_from_each_person_s_own_today() {
    // 2030-03-04 12:00 UTC is already 02:00 on the 5th in Kiritimati, still the 4th in New York
    Instant now = Instant.parse("2030-03-04T12:00:00Z");
    UUID islander = newPerson(org, ZoneId.of("Pacific/Kiritimati"));
    UUID newYork = newPerson(org, ZoneId.of("America/New_York"));
    addDate(org, islander, yearly("yesterday there", LocalDate.of(1980, 3, 4), 0));
    UUID tomorrowThere =
        addDate(org, islander, yearly("a week there", LocalDate.of(1980, 3, 12), 0));
    UUID today = addDate(org, newYork, yearly("today here", LocalDate.of(1980, 3, 4), 0));
    addDate(org, newYork, yearly("eight days here", LocalDate.of(1980, 3, 12), 0));

    Page<ClientDate> week =
        store.yearlyBetween(
            org,
            LocalDate.of(2030, 3, 3),
            LocalDate.of(2030, 3, 12),
            new DashboardStore.DaysAhead(now, 7),
            10);

    assertThat(week.items())
        .extracting(d -> d.date().dateItemId())
        .containsExactly(today, tomorrowThere);
    assertThat(week.total()).isEqualTo(2);
  }

  private static DateFact yearly(String title, LocalDate value, int reminders) {
    return new DateFact(title, value, "FREQ=YEARLY", value, null, null, reminders);
  }

  @Test
  void activity_is_newest_first_across_messages_projects_tasks_dates_and_reminders() {
    Conversation conversation = conversation(client);
    Message hello = message(conversation, "Hello there");
    Project party = project("party", 3, null, ProjectStatus.NEW);
    Task cake = task(party, TaskStatus.PENDING);
    Task done = projects().saveTask(cake.changedBy(Changes.taskStatus(TaskStatus.COMPLETED)));
    Project finished = projects().save(party.changedBy(Changes.status(ProjectStatus.COMPLETED)));
    UUID date = addDate(org, client, DateFact.on("anniversary", LocalDate.of(2030, 5, 4)));
    Instant tomorrow = Instant.now().plus(Duration.ofDays(1));
    UUID sent = addReminderAttempt(org, client, date, ChannelType.SLACK, true, tomorrow);
    UUID failed =
        addReminderAttempt(
            org, client, date, ChannelType.EMAIL, false, tomorrow.plus(Duration.ofHours(1)));
    message(conversation(newPerson(org)), "Someone else's");

    Page<ActivityEntry> page = store.activity(org, client, ALL);

    assertThat(page.total()).isEqualTo(8);
    assertThat(page.items())
        .extracting(ActivityEntry::type, ActivityEntry::summary, ActivityEntry::entityId)
        .containsExactly(
            tuple("reminder_failed", "Reminder failed on email: anniversary", failed),
            tuple("reminder_sent", "Reminder sent by slack: anniversary", sent),
            tuple("date_item_created", "Date added: anniversary (2030-05-04)", date),
            tuple("project_completed", "Project completed: party", party.projectId()),
            tuple("task_completed", "Task completed: cake", cake.taskId()),
            tuple("task_created", "Task added to party: cake", cake.taskId()),
            tuple("project_created", "Project created: party", party.projectId()),
            tuple("message", "Inbound email message: Hello there", hello.messageId()));
    assertThat(page.items().get(3).occurredAt()).isEqualTo(finished.completedAt());
    assertThat(page.items().get(4).occurredAt()).isEqualTo(done.completedAt());
    assertThat(store.activity(org, client, new PageRequest(7, 5)).items())
        .extracting(ActivityEntry::type)
        .containsExactly("message");
  }

  private Conversation conversation(UUID personId) {
    return conversations()
        .save(
            Conversation.of(
                org, new NewConversation(personId, ChannelType.EMAIL, null, null, null, null)));
  }

  private Message message(Conversation conversation, String content) {
    return conversations()
        .append(
            Message.of(
                org,
                conversation.conversationId(),
                new NewMessage(MessageDirection.INBOUND, null, null, content, null, null),
                SenderType.CLIENT,
                null));
  }

  private Project project(String title, int priority, LocalDate due, ProjectStatus status) {
    return projects()
        .save(
            Project.of(
                org, new NewProject(client, title, null, status, priority, due, null, null)));
  }

  private Task task(Project project, TaskStatus status) {
    return projects()
        .saveTask(
            Task.of(org, project.projectId(), new NewTask("cake", null, status, null, null, null)));
  }

  private Recommendation recommend(UUID personId, UUID resourceId, String title, String notes) {
    return catalogue()
        .saveRecommendation(
            Recommendation.of(
                org,
                personId,
                new NewRecommendation(null, resourceId, title, notes, null, null),
                "api"));
  }
}
