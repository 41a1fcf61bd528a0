package dev.concierge.cli.demo;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.concierge.core.catalogue.RecommendationStatus;
import dev.concierge.core.catalogue.ResourceType;
import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.projects.ProjectStatus;
import dev.concierge.core.projects.TaskStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The demo as {@code demo-seed.yaml} describes it (next to this class): what to write, not how. Its
 * enums are the API's wire names (case aside); dates relative to today are resolved when the seed
 * runs.
 */
record DemoData(List<String> categories, List<CatalogueEntry> catalogue, List<Client> clients) {
  private static final String RESOURCE = "demo-seed.yaml";

  DemoData {
    categories = listOf(categories);
    catalogue = listOf(catalogue);
    clients = listOf(clients);
    if (clients.isEmpty()) {
      throw new IllegalArgumentException("the demo has no clients");
    }
  }

  /** The demo this build ships. */
  static DemoData load() {
    YAMLMapper yaml =
        YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .addModule(new JavaTimeModule())
            .build();
    try (InputStream in = DemoData.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the build");
      }
      return yaml.readValue(in, DemoData.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** The client whose dashboard the command shows, and whose marker says the demo is there. */
  Client mainClient() {
    return clients.get(0);
  }

  record CatalogueEntry(
      String key,
      ResourceType type,
      String name,
      String category,
      String address,
      String city,
      int priceLevel,
      BigDecimal rating,
      List<String> tags) {
    CatalogueEntry {
      tags = listOf(tags);
    }
  }

  record Client(
      String key,
      String fullName,
      String preferredName,
      LocalDate birthday,
      ZoneId timezone,
      List<Identity> identities,
      List<FamilyMember> family,
      List<DateEntry> dates,
      List<ProjectEntry> projects,
      List<ConversationEntry> conversations) {
    Client {
      identities = listOf(identities);
      family = listOf(family);
      dates = listOf(dates);
      projects = listOf(projects);
      conversations = listOf(conversations);
    }

    boolean onSlack() {
      return identities.stream().anyMatch(identity -> identity.channel() == ChannelType.SLACK);
    }
  }

  record Identity(ChannelType channel, String value) {}

  record FamilyMember(String key, String fullName, String relation, LocalDate birthday) {}

  /**
   * A date of the client's, about the family member {@code about} when set: on {@code date}, or
   * {@code daysFromToday} from the day the seed runs, {@code yearsEarlier} years back.
   */
  record DateEntry(
      String category,
      String about,
      String title,
      LocalDate date,
      Integer daysFromToday,
      int yearsEarlier,
      String rule,
      String notes,
      List<Integer> reminderDays) {
    DateEntry {
      reminderDays = listOf(reminderDays);
      if ((date == null) == (daysFromToday == null)) {
        throw new IllegalArgumentException(title + ": give either date or days_from_today");
      }
    }

    LocalDate on(LocalDate today) {
      return date != null ? date : today.plusDays(daysFromToday).minusYears(yearsEarlier);
    }
  }

  record ProjectEntry(
      String title,
      String description,
      ProjectStatus status,
      int priority,
      Integer dueInDays,
      List<TaskEntry> tasks,
      List<RecommendationEntry> recommendations) {
    ProjectEntry {
      tasks = listOf(tasks);
      recommendations = listOf(recommendations);
    }
  }

  record TaskEntry(String title, TaskStatus status) {}

  /** A recommendation of the catalogue entry whose key is {@code entry}. */
  record RecommendationEntry(String entry, RecommendationStatus status, String notes) {}

  /** The client's message, the concierge's answer and, when set, a staff note. */
  record ConversationEntry(
      ChannelType channel, String subject, String inbound, String outbound, String note) {}

  private static <T> List<T> listOf(List<T> items) {
    return items == null ? List.of() : List.copyOf(items);
  }
}
