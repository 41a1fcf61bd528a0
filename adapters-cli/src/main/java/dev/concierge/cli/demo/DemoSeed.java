package dev.concierge.cli.demo;

import dev.concierge.cli.demo.DemoData.CatalogueEntry;
import dev.concierge.cli.demo.DemoData.Client;
import dev.concierge.cli.demo.DemoData.ConversationEntry;
import dev.concierge.cli.demo.DemoData.DateEntry;
import dev.concierge.cli.demo.DemoData.FamilyMember;
import dev.concierge.cli.demo.DemoData.Identity;
import dev.concierge.cli.demo.DemoData.ProjectEntry;
import dev.concierge.cli.demo.DemoData.RecommendationEntry;
import dev.concierge.cli.demo.DemoData.TaskEntry;
import dev.concierge.core.UseCases;
import dev.concierge.core.access.Caller;
import dev.concierge.core.catalogue.NewRecommendation;
import dev.concierge.core.catalogue.NewResource;
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
import dev.concierge.core.reminders.NewReminder;
import dev.concierge.core.reminders.ReminderType;
import dev.concierge.core.time.LeapDayPolicy;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A believable demo organization ({@code demo-seed.yaml}), written through the use cases (so every
 * rule applies: zones, next occurrences, reminder times, identity binding): clients in several time
 * zones with their families, identities, dates and reminders, projects with tasks, conversations, a
 * small catalogue and recommendations. Every demo person carries {@code metadata_jsonb.demo_seed}
 * (a client's key), which is how a second run knows the demo is already there.
 */
public final class DemoSeed {
  static final String MARKER = "demo_seed";
  static final String VERSION = "v1";
  private static final Metadata DEMO = Metadata.of(Map.of(MARKER, VERSION));
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

  /** What a run did (or found): how many of each kind it added, in the order shown. */
  public record Outcome(
      boolean alreadyPresent, UUID exampleClientId, Map<String, Integer> counts) {}

  private final UseCases useCases;
  private final Clock clock;
  private final DemoData demo;
  private final Caller caller =
      Caller.operator(Organization.DEFAULT_ID, "concierge-admin demo seed");
  private final Map<String, Integer> counts = new LinkedHashMap<>();
  private final Map<String, UUID> categories = new HashMap<>();
  private final Map<String, UUID> catalogue = new HashMap<>();

  public DemoSeed(UseCases useCases, Clock clock) {
    this(useCases, clock, DemoData.load());
  }

  DemoSeed(UseCases useCases, Clock clock, DemoData demo) {
    this.useCases = useCases;
    this.clock = clock;
    this.demo = demo;
  }

  public Outcome run() {
    Optional<Person> existing = existingMainClient();
    if (existing.isPresent()) {
      return new Outcome(true, existing.get().personId(), Map.of());
    }
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    loadCategories();
    demo.catalogue().forEach(this::catalogueEntry);
    UUID mainClient = null;
    for (Client client : demo.clients()) {
      Person person = client(client, today);
      mainClient = mainClient == null ? person.personId() : mainClient;
    }
    Map<String, Integer> summary = new LinkedHashMap<>();
    SUMMARY_ORDER.stream()
        .filter(counts::containsKey)
        .forEach(what -> summary.put(what, counts.get(what)));
    return new Outcome(false, mainClient, Collections.unmodifiableMap(summary));
  }

  /** The main demo client (or else any), when a demo seed already ran here. */
  private Optional<Person> existingMainClient() {
    String main = demo.mainClient().key();
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
        if (main.equals(marker)) {
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
    for (String name : demo.categories()) {
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

  private void catalogueEntry(CatalogueEntry entry) {
    count("catalogue entries");
    NewResource resource =
        new NewResource(
            entry.name(),
            entry.category(),
            null,
            entry.address(),
            entry.city(),
            null,
            null,
            null,
            entry.priceLevel(),
            entry.rating(),
            entry.tags(),
            true,
            "Demo entry.",
            DEMO);
    catalogue.put(
        entry.key(), useCases.catalogue().create(caller, entry.type(), resource).resourceId());
  }

  /** The client and everything of theirs, in the order a concierge would add them. */
  private Person client(Client client, LocalDate today) {
    count("clients");
    Person person =
        useCases
            .persons()
            .create(
                caller,
                new NewPerson(
                    client.fullName(),
                    client.preferredName(),
                    PersonType.CLIENT,
                    client.birthday(),
                    client.timezone(),
                    Metadata.of(Map.of(MARKER, client.key()))));
    for (Identity identity : client.identities()) {
      count("comm identities");
      useCases
          .commIdentities()
          .add(
              caller,
              person.personId(),
              new NewCommIdentity(
                  identity.channel(), identity.value(), true, true, Metadata.EMPTY));
    }
    Map<String, UUID> family = new HashMap<>();
    for (FamilyMember member : client.family()) {
      family.put(member.key(), familyMember(person, member));
    }
    ChannelType channel = client.onSlack() ? ChannelType.SLACK : ChannelType.EMAIL;
    for (DateEntry date : client.dates()) {
      date(person, family, channel, date, today);
    }
    for (ProjectEntry project : client.projects()) {
      project(person, project, today);
    }
    for (ConversationEntry conversation : client.conversations()) {
      conversation(person, conversation);
    }
    return person;
  }

  /**
   * A family member of {@code client}: the API has no relationships yet, so the relation and the
   * client are kept in the family member's metadata, and the client's dates about them name them as
   * {@code related_person_id}.
   */
  private UUID familyMember(Person client, FamilyMember member) {
    count("family members");
    return useCases
        .persons()
        .create(
            caller,
            new NewPerson(
                member.fullName(),
                null,
                PersonType.FAMILY_MEMBER,
                member.birthday(),
                client.timezone(),
                Metadata.of(
                    Map.of(
                        MARKER,
                        VERSION,
                        "relation",
                        member.relation(),
                        "client_person_id",
                        client.personId().toString()))))
        .personId();
  }

  /** A date of {@code client}'s, reminded on {@code channel} at each lead time. */
  private void date(
      Person client,
      Map<String, UUID> family,
      ChannelType channel,
      DateEntry date,
      LocalDate today) {
    List<NewReminder> reminders =
        date.reminderDays().stream()
            .map(
                days ->
                    new NewReminder(
                        null,
                        null,
                        ReminderType.LEAD_TIME,
                        days,
                        null,
                        channel,
                        null,
                        Metadata.of(Map.of("created_by", "demo-seed"))))
            .toList();
    DateItemDetails created =
        useCases
            .dateItems()
            .create(
                caller,
                new NewDateItem(
                    client.personId(),
                    categories.get(date.category()),
                    date.about() == null ? null : family.get(date.about()),
                    date.title(),
                    date.on(today),
                    date.rule(),
                    LeapDayPolicy.FEB_28,
                    date.notes(),
                    DEMO,
                    reminders));
    count("date items");
    counts.merge("reminder rules", created.reminders().size(), Integer::sum);
  }

  private void project(Person client, ProjectEntry entry, LocalDate today) {
    count("projects");
    Project project =
        useCases
            .projects()
            .create(
                caller,
                new NewProject(
                    client.personId(),
                    entry.title(),
                    entry.description(),
                    entry.status(),
                    entry.priority(),
                    entry.dueInDays() == null ? null : today.plusDays(entry.dueInDays()),
                    null,
                    DEMO));
    int position = 0;
    for (TaskEntry task : entry.tasks()) {
      count("tasks");
      useCases
          .projects()
          .addTask(
              caller,
              project.projectId(),
              new NewTask(task.title(), null, task.status(), ++position, null, null));
    }
    for (RecommendationEntry recommendation : entry.recommendations()) {
      count("recommendations");
      useCases
          .recommendations()
          .create(
              caller,
              client.personId(),
              new NewRecommendation(
                  project.projectId(),
                  catalogue.get(recommendation.entry()),
                  null,
                  recommendation.notes(),
                  recommendation.status(),
                  DEMO));
    }
  }

  private void conversation(Person client, ConversationEntry entry) {
    count("conversations");
    Conversation conversation =
        useCases
            .conversations()
            .start(
                caller,
                new NewConversation(
                    client.personId(),
                    entry.channel(),
                    entry.subject(),
                    ConversationStatus.ACTIVE,
                    null,
                    DEMO));
    message(conversation, MessageDirection.INBOUND, SenderType.CLIENT, client, entry.inbound());
    message(conversation, MessageDirection.OUTBOUND, SenderType.STAFF, null, entry.outbound());
    if (entry.note() != null) {
      message(conversation, MessageDirection.INTERNAL, SenderType.STAFF, null, entry.note());
    }
  }

  private void message(
      Conversation conversation,
      MessageDirection direction,
      SenderType sender,
      Person from,
      String content) {
    count("messages");
    useCases
        .conversations()
        .log(
            caller,
            conversation.conversationId(),
            new NewMessage(
                direction,
                sender,
                from == null ? null : from.personId(),
                content,
                null,
                Metadata.EMPTY));
  }

  private void count(String what) {
    counts.merge(what, 1, Integer::sum);
  }
}
