package dev.concierge.cli;

import dev.concierge.core.UseCases;
import dev.concierge.core.access.Caller;
import dev.concierge.core.catalogue.NewRecommendation;
import dev.concierge.core.catalogue.NewResource;
import dev.concierge.core.catalogue.RecommendationStatus;
import dev.concierge.core.catalogue.Resource;
import dev.concierge.core.catalogue.ResourceType;
import dev.concierge.core.categories.DateCategory;
import dev.concierge.core.categories.NewDateCategory;
import dev.concierge.core.conversations.Conversation;
import dev.concierge.core.conversations.ConversationStatus;
import dev.concierge.core.conversations.MessageDirection;
import dev.concierge.core.conversations.NewConversation;
import dev.concierge.core.conversations.NewMessage;
import dev.concierge.core.conversations.SenderType;
import dev.concierge.core.dates.DateItemDetails;
import dev.concierge.core.dates.NewDateItem;
import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.identities.NewCommIdentity;
import dev.concierge.core.model.Metadata;
import dev.concierge.core.organization.Organization;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.persons.NewPerson;
import dev.concierge.core.persons.Person;
import dev.concierge.core.persons.PersonType;
import dev.concierge.core.projects.NewProject;
import dev.concierge.core.projects.NewTask;
import dev.concierge.core.projects.Project;
import dev.concierge.core.projects.ProjectStatus;
import dev.concierge.core.projects.TaskStatus;
import dev.concierge.core.reminders.NewReminder;
import dev.concierge.core.reminders.ReminderType;
import dev.concierge.core.time.LeapDayPolicy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A believable demo organization, written through the use cases (so every rule applies: zones, next
 * occurrences, reminder times, identity binding): six clients in six time zones with their
 * families, identities, dates and reminders, projects with tasks, conversations, a small catalogue
 * and recommendations. Every demo person carries {@code metadata_jsonb.demo_seed}, which is how a
 * second run knows the demo is already there.
 */
final class DemoSeed {
  static final String MARKER = "demo_seed";
  static final String VERSION = "v1";
  private static final String MAIN_CLIENT = "hannah";
  private static final List<String> SUMMARY_ORDER =
      List.of(
          "clients",
          "family members",
          "comm identities",
          "date categories",
          "date items",
          "reminder rules",
          "projects",
          "tasks",
          "conversations",
          "messages",
          "catalogue entries",
          "recommendations");

  /** What a run did (or found). */
  record Outcome(boolean alreadyPresent, UUID exampleClientId, Map<String, Integer> counts) {}

  private final UseCases useCases;
  private final Clock clock;
  private final Caller caller =
      Caller.operator(Organization.DEFAULT_ID, "concierge-admin demo seed");
  private final Map<String, Integer> counts = new LinkedHashMap<>();
  private final Map<String, UUID> categories = new HashMap<>();
  private LocalDate today;

  DemoSeed(UseCases useCases, Clock clock) {
    this.useCases = useCases;
    this.clock = clock;
  }

  Outcome run() {
    Optional<Person> existing = existingMainClient();
    if (existing.isPresent()) {
      return new Outcome(true, existing.get().personId(), Map.of());
    }
    today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    loadCategories();
    Map<String, Resource> catalogue = catalogue();

    Person hannah =
        client(MAIN_CLIENT, "Hannah Berkowitz", "Hannah", "1978-03-14", "America/New_York");
    email(hannah, "hannah.berkowitz@example.com");
    slack(hannah, "U07DEMOHANNAH");
    Person linda = family(hannah, "Linda Berkowitz", "mother", "1952-02-29");
    Person david = family(hannah, "David Berkowitz", "spouse", "1976-08-21");
    date(
        hannah,
        linda,
        "Birthday",
        "Linda's birthday (born on 29 February)",
        LocalDate.of(1952, 2, 29),
        "FREQ=YEARLY",
        "Celebrated on 28 February in common years.",
        14,
        3);
    date(
        hannah,
        david,
        "Birthday",
        "David's birthday",
        LocalDate.of(1976, 8, 21),
        "FREQ=YEARLY",
        null,
        14);
    date(
        hannah,
        david,
        "Anniversary",
        "Wedding anniversary with David",
        LocalDate.of(2004, 6, 12),
        "FREQ=YEARLY",
        "Prefers a quiet dinner; book early.",
        30,
        7);
    date(
        hannah,
        null,
        "Club Renewal",
        "Riverside Tennis Club membership renewal",
        today.plusDays(40).minusYears(1),
        "FREQ=YEARLY",
        "Membership no. RTC-10442.",
        30,
        7);
    Project dinner =
        project(
            hannah,
            "Linda's birthday dinner",
            "A family dinner for Linda's birthday, twelve guests.",
            ProjectStatus.IN_PROGRESS,
            2,
            today.plusDays(45));
    task(dinner, "Shortlist three restaurants", TaskStatus.COMPLETED, 1);
    task(dinner, "Confirm guest list with Hannah", TaskStatus.IN_PROGRESS, 2);
    task(dinner, "Order the cake", TaskStatus.PENDING, 3);
    recommend(
        hannah,
        dinner,
        catalogue.get("restaurant"),
        RecommendationStatus.ACCEPTED,
        "Private room for twelve.");
    recommend(
        hannah,
        dinner,
        catalogue.get("product"),
        RecommendationStatus.SUGGESTED,
        "A gift from the grandchildren.");
    conversation(
        hannah,
        ChannelType.SLACK,
        "Mom's birthday dinner",
        "Can you find somewhere nice for Mom's birthday? About twelve of us.",
        "Of course! I have three restaurants in mind and will send them by tomorrow.",
        "Hannah prefers the private room at Le Bernardin.");

    Person james = client("james", "James Whitfield", "James", "1970-11-02", "Europe/London");
    email(james, "james.whitfield@example.co.uk");
    Person charlotte = family(james, "Charlotte Whitfield", "spouse", "1972-04-17");
    Person oliver = family(james, "Oliver Whitfield", "son", "2014-09-30");
    date(
        james,
        charlotte,
        "Anniversary",
        "Wedding anniversary",
        LocalDate.of(1998, 9, 12),
        "FREQ=YEARLY",
        null,
        30,
        7);
    date(
        james,
        null,
        "Property Maintenance",
        "Cotswolds cottage: pool service",
        today.plusDays(5),
        "FREQ=MONTHLY",
        "Aqua Clear, first visit of the month.",
        2);
    date(
        james,
        null,
        "Property Maintenance",
        "Cotswolds cottage: chimney sweep",
        LocalDate.of(2023, 10, 15),
        "FREQ=YEARLY",
        null,
        14);
    date(
        james,
        oliver,
        "School Event",
        "Oliver's sports day",
        today.plusDays(20),
        null,
        "St. Aldric's, 10:00.",
        7,
        1);
    Project cottage =
        project(
            james,
            "Cottage winter readiness",
            "Boiler, gutters and chimney before winter.",
            ProjectStatus.NEW,
            3,
            today.plusDays(60));
    task(cottage, "Book the boiler service", TaskStatus.PENDING, 1);
    task(cottage, "Get two quotes for gutter cleaning", TaskStatus.PENDING, 2);
    recommend(
        james,
        cottage,
        catalogue.get("vendor"),
        RecommendationStatus.SUGGESTED,
        "Did the Hendersons' cottage.");
    conversation(
        james,
        ChannelType.EMAIL,
        "Oliver's sports day",
        "Could you put Oliver's sports day in the diary and remind me the week before?",
        "Done: it's in, with a reminder seven days ahead and one the day before.",
        null);

    Person priya = client("priya", "Priya Raman", "Priya", "1985-07-08", "Asia/Kolkata");
    slack(priya, "U07DEMOPRIYA");
    email(priya, "priya.raman@example.in");
    Person arjun = family(priya, "Arjun Raman", "son", "2012-12-03");
    date(
        priya,
        arjun,
        "Birthday",
        "Arjun's birthday",
        LocalDate.of(2012, 12, 3),
        "FREQ=YEARLY",
        null,
        14);
    date(
        priya,
        arjun,
        "School Event",
        "Arjun's school annual day",
        today.plusDays(33),
        null,
        null,
        7);
    date(
        priya,
        null,
        "Travel",
        "Family trip to Kyoto",
        today.plusDays(12),
        null,
        "Flights booked; ryokan for 5 nights.",
        7,
        1);
    Project kyoto =
        project(
            priya,
            "Kyoto trip",
            "Five nights in Kyoto for the family.",
            ProjectStatus.IN_PROGRESS,
            1,
            today.plusDays(12));
    task(kyoto, "Book flights", TaskStatus.COMPLETED, 1);
    task(kyoto, "Reserve the ryokan", TaskStatus.COMPLETED, 2);
    task(kyoto, "Tea ceremony booking", TaskStatus.IN_PROGRESS, 3);
    task(kyoto, "Airport transfers", TaskStatus.PENDING, 4);
    conversation(
        priya,
        ChannelType.SLACK,
        "Kyoto itinerary",
        "Is the tea ceremony confirmed for the second day?",
        "Waiting for the teahouse to confirm; I'll message you as soon as they do.",
        null);

    Person olivia = client("olivia", "Olivia Chen", "Liv", "1990-01-25", "America/Los_Angeles");
    email(olivia, "olivia.chen@example.com");
    date(
        olivia,
        null,
        "Club Renewal",
        "Bel-Air Country Club annual dues",
        today.plusDays(25).minusYears(2),
        "FREQ=YEARLY",
        "Dues invoiced on renewal.",
        30,
        7);
    date(olivia, null, "Travel", "Aspen ski week", today.plusDays(75), null, null, 30, 7);
    Project aspen =
        project(
            olivia,
            "Aspen ski week",
            "Chalet, lessons and dinners for four.",
            ProjectStatus.NEW,
            3,
            today.plusDays(75));
    task(aspen, "Chalet shortlist", TaskStatus.PENDING, 1);
    recommend(
        olivia,
        aspen,
        catalogue.get("venue"),
        RecommendationStatus.SUGGESTED,
        "For the last night's dinner party.");

    Person liam = client("liam", "Liam O'Connor", null, "1968-05-30", "Australia/Sydney");
    email(liam, "liam.oconnor@example.com.au");
    Person niamh = family(liam, "Niamh O'Connor", "spouse", "1969-02-11");
    date(
        liam,
        niamh,
        "Anniversary",
        "Wedding anniversary",
        LocalDate.of(1995, 1, 21),
        "FREQ=YEARLY",
        null,
        30,
        7);
    date(
        liam,
        null,
        "Property Maintenance",
        "Beach house: gutter cleaning",
        LocalDate.of(2024, 4, 1),
        "FREQ=YEARLY;BYMONTH=4,10",
        "Before the wet season and after it.",
        14);
    project(
        liam,
        "Beach house renovation",
        "Deck and outdoor kitchen.",
        ProjectStatus.COMPLETED,
        4,
        null);

    Person sofia = client("sofia", "Sofia Marquez", "Sofi", "1982-10-05", "Europe/Madrid");
    email(sofia, "sofia.marquez@example.es");
    slack(sofia, "U07DEMOSOFIA");
    date(
        sofia,
        null,
        "Club Renewal",
        "Real Club de Golf renewal",
        today.plusDays(90).minusYears(1),
        "FREQ=YEARLY",
        null,
        30,
        7);
    conversation(
        sofia,
        ChannelType.EMAIL,
        "Welcome",
        "Hello! Looking forward to working with you.",
        "Welcome, Sofia. I've added your golf club renewal and will remind you a month ahead.",
        null);

    Map<String, Integer> summary = new LinkedHashMap<>();
    SUMMARY_ORDER.stream()
        .filter(counts::containsKey)
        .forEach(what -> summary.put(what, counts.get(what)));
    return new Outcome(false, hannah.personId(), Collections.unmodifiableMap(summary));
  }

  /** The main demo client, when a demo seed already ran here. */
  private Optional<Person> existingMainClient() {
    Person anyDemoClient = null;
    int skip = 0;
    Page<Person> page;
    do {
      page =
          useCases
              .persons()
              .list(caller, PersonType.CLIENT, new PageRequest(skip, PageRequest.MAX_LIMIT));
      for (Person person : page.items()) {
        Object marker = person.metadata() == null ? null : person.metadata().values().get(MARKER);
        if (MAIN_CLIENT.equals(marker)) {
          return Optional.of(person);
        }
        if (marker != null && anyDemoClient == null) {
          anyDemoClient = person;
        }
      }
      skip += page.items().size();
    } while (!page.items().isEmpty() && skip < page.total());
    return Optional.ofNullable(anyDemoClient);
  }

  private void loadCategories() {
    for (DateCategory category :
        useCases.dateCategories().list(caller, new PageRequest(0, PageRequest.MAX_LIMIT)).items()) {
      categories.put(category.categoryName(), category.categoryId());
    }
    // an organization whose seeded categories were renamed or removed still gets its demo
    for (String name :
        List.of(
            "Birthday",
            "Anniversary",
            "Club Renewal",
            "Property Maintenance",
            "School Event",
            "Travel")) {
      if (!categories.containsKey(name)) {
        categories.put(
            name,
            useCases
                .dateCategories()
                .create(caller, new NewDateCategory(name, null, null, null))
                .categoryId());
        count("date categories");
      }
    }
  }

  private Map<String, Resource> catalogue() {
    Map<String, Resource> entries = new HashMap<>();
    entries.put(
        "restaurant",
        resource(
            ResourceType.RESTAURANT,
            "Le Bernardin",
            "French seafood",
            "155 W 51st St",
            "New York",
            4,
            "4.8",
            List.of("seafood", "private-room", "fine-dining")));
    entries.put(
        "venue",
        resource(
            ResourceType.VENUE,
            "The Little Nell Terrace",
            "Private dining terrace",
            "675 E Durant Ave",
            "Aspen",
            4,
            "4.6",
            List.of("private-events", "mountain-view")));
    entries.put(
        "vendor",
        resource(
            ResourceType.VENDOR,
            "Cotswold Chimney & Boiler Co.",
            "Home maintenance",
            "12 Sheep St",
            "Stow-on-the-Wold",
            2,
            "4.7",
            List.of("chimney", "boiler", "vetted")));
    entries.put(
        "product",
        resource(
            ResourceType.PRODUCT,
            "Engraved silver photo frame",
            "Gift",
            null,
            null,
            3,
            "4.5",
            List.of("gift", "personalised")));
    return entries;
  }

  private Resource resource(
      ResourceType type,
      String name,
      String category,
      String address,
      String city,
      int priceLevel,
      String rating,
      List<String> tags) {
    count("catalogue entries");
    return useCases
        .catalogue()
        .create(
            caller,
            type,
            new NewResource(
                name,
                category,
                null,
                address,
                city,
                null,
                null,
                null,
                priceLevel,
                new BigDecimal(rating),
                tags,
                true,
                "Demo entry.",
                Metadata.of(Map.of(MARKER, VERSION))));
  }

  private Person client(
      String key, String fullName, String preferredName, String birthday, String zone) {
    count("clients");
    return useCases
        .persons()
        .create(
            caller,
            new NewPerson(
                fullName,
                preferredName,
                PersonType.CLIENT,
                LocalDate.parse(birthday),
                ZoneId.of(zone),
                Metadata.of(Map.of(MARKER, key))));
  }

  /**
   * A family member of {@code client}: the API has no relationships yet, so the relation and the
   * client are kept in the family member's metadata, and the client's dates about them name them as
   * {@code related_person_id}.
   */
  private Person family(Person client, String fullName, String relation, String birthday) {
    count("family members");
    return useCases
        .persons()
        .create(
            caller,
            new NewPerson(
                fullName,
                null,
                PersonType.FAMILY_MEMBER,
                LocalDate.parse(birthday),
                client.timezone(),
                Metadata.of(
                    Map.of(
                        MARKER,
                        VERSION,
                        "relation",
                        relation,
                        "client_person_id",
                        client.personId().toString()))));
  }

  private void email(Person person, String address) {
    identity(person, ChannelType.EMAIL, address);
  }

  private void slack(Person person, String userId) {
    identity(person, ChannelType.SLACK, userId);
  }

  private void identity(Person person, ChannelType channel, String value) {
    count("comm identities");
    useCases
        .commIdentities()
        .add(
            caller,
            person.personId(),
            new NewCommIdentity(channel, value, true, true, Metadata.EMPTY));
  }

  /** A date of {@code client}'s, about {@code about} when not null, reminded at each lead time. */
  private void date(
      Person client,
      Person about,
      String category,
      String title,
      LocalDate date,
      String rule,
      String notes,
      int... leadTimeDays) {
    List<NewReminder> reminders = new ArrayList<>();
    ChannelType channel =
        useCases
                .commIdentities()
                .list(caller, client.personId(), new PageRequest(0, 10))
                .items()
                .stream()
                .anyMatch(identity -> identity.channelType() == ChannelType.SLACK)
            ? ChannelType.SLACK
            : ChannelType.EMAIL;
    for (int days : leadTimeDays) {
      reminders.add(
          new NewReminder(
              null,
              null,
              ReminderType.LEAD_TIME,
              days,
              null,
              channel,
              null,
              Metadata.of(Map.of("created_by", "demo-seed"))));
    }
    DateItemDetails created =
        useCases
            .dateItems()
            .create(
                caller,
                new NewDateItem(
                    client.personId(),
                    categories.get(category),
                    about == null ? null : about.personId(),
                    title,
                    date,
                    rule,
                    LeapDayPolicy.FEB_28,
                    notes,
                    Metadata.of(Map.of(MARKER, VERSION)),
                    reminders));
    count("date items");
    counts.merge("reminder rules", created.reminders().size(), Integer::sum);
  }

  private Project project(
      Person client,
      String title,
      String description,
      ProjectStatus status,
      int priority,
      LocalDate due) {
    count("projects");
    return useCases
        .projects()
        .create(
            caller,
            new NewProject(
                client.personId(),
                title,
                description,
                status,
                priority,
                due,
                null,
                Metadata.of(Map.of(MARKER, VERSION))));
  }

  private void task(Project project, String title, TaskStatus status, int position) {
    count("tasks");
    useCases
        .projects()
        .addTask(
            caller, project.projectId(), new NewTask(title, null, status, position, null, null));
  }

  private void recommend(
      Person client,
      Project project,
      Resource resource,
      RecommendationStatus status,
      String notes) {
    count("recommendations");
    useCases
        .recommendations()
        .create(
            caller,
            client.personId(),
            new NewRecommendation(
                project.projectId(),
                resource.resourceId(),
                null,
                notes,
                status,
                Metadata.of(Map.of(MARKER, VERSION))));
  }

  /** A conversation: the client's message, the concierge's answer and an optional staff note. */
  private void conversation(
      Person client,
      ChannelType channel,
      String subject,
      String inbound,
      String outbound,
      String note) {
    count("conversations");
    Conversation conversation =
        useCases
            .conversations()
            .start(
                caller,
                new NewConversation(
                    client.personId(),
                    channel,
                    subject,
                    ConversationStatus.ACTIVE,
                    null,
                    Metadata.of(Map.of(MARKER, VERSION))));
    message(conversation, MessageDirection.INBOUND, SenderType.CLIENT, client.personId(), inbound);
    message(conversation, MessageDirection.OUTBOUND, SenderType.STAFF, null, outbound);
    if (note != null) {
      message(conversation, MessageDirection.INTERNAL, SenderType.STAFF, null, note);
    }
  }

  private void message(
      Conversation conversation,
      MessageDirection direction,
      SenderType sender,
      UUID senderPersonId,
      String content) {
    count("messages");
    useCases
        .conversations()
        .log(
            caller,
            conversation.conversationId(),
            new NewMessage(direction, sender, senderPersonId, content, null, Metadata.EMPTY));
  }

  private void count(String what) {
    counts.merge(what, 1, Integer::sum);
  }
}
