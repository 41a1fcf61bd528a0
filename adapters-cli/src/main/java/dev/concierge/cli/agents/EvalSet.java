package dev.concierge.cli.agents;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.concierge.core.agents.AgentName;
import dev.concierge.core.conversations.SenderType;
import dev.concierge.core.errors.ValidationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * A routing-and-extraction eval set as its YAML file describes it ({@code
 * docs/evals/agents-eval.yaml}, whose header says what each field means): one client, the day the
 * messages are written, and the cases.
 */
public record EvalSet(LocalDate today, Client client, List<Case> cases) {
  private static final YAMLMapper YAML =
      YAMLMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
          .addModule(new JavaTimeModule())
          .build();

  public EvalSet {
    Objects.requireNonNull(today, "today is missing");
    Objects.requireNonNull(client, "client is missing");
    cases = cases == null ? List.of() : List.copyOf(cases);
    if (cases.isEmpty()) {
      throw new IllegalArgumentException("the eval set has no cases");
    }
  }

  /**
   * @throws ValidationException naming the file when it cannot be read as an eval set
   */
  public static EvalSet read(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new ValidationException("file", file + " does not exist");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    try {
      return YAML.readValue(text, EvalSet.class);
    } catch (IOException e) {
      // what YAML and the records refuse, in the parser's first line (which names the place)
      String reason = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
      throw new ValidationException("file", file + " is not an eval set: " + reason);
    }
  }

  /** The client every message is about, with their family. */
  public record Client(
      String name,
      String preferredName,
      ZoneId timezone,
      LocalDate birthday,
      List<Relation> relations) {
    public Client {
      Objects.requireNonNull(name, "the client's name is missing");
      Objects.requireNonNull(timezone, "the client's timezone is missing");
      relations = relations == null ? List.of() : List.copyOf(relations);
    }
  }

  /** A relative: the client's {@code relation} ("mother"). */
  public record Relation(String name, String relation, LocalDate birthday) {
    public Relation {
      Objects.requireNonNull(name, "a relation's name is missing");
      Objects.requireNonNull(relation, "a relation is missing its relation");
    }
  }

  /**
   * @param expect what the reminder-management agent should create; null when the case measures
   *     routing only
   * @param conversation the messages before this one, oldest first; may be empty
   */
  public record Case(String message, AgentName agent, Expectation expect, List<Said> conversation) {
    public Case {
      Objects.requireNonNull(message, "a case's message is missing");
      Objects.requireNonNull(agent, "the agent of \"" + message + "\" is missing");
      conversation = conversation == null ? List.of() : List.copyOf(conversation);
    }
  }

  /**
   * @param date the first occurrence on or after today of the date item, or the local date of a
   *     reminder about no date
   * @param rrule null for a date that happens once
   * @param leadDays in any order
   * @param scheduledLocal a one-time reminder in the client's zone; null when none is asked for
   */
  public record Expectation(
      LocalDate date, String rrule, List<Integer> leadDays, LocalDateTime scheduledLocal) {
    public Expectation {
      Objects.requireNonNull(date, "an expectation's date is missing");
      leadDays = leadDays == null ? List.of() : List.copyOf(leadDays);
    }
  }

  /** A message of the conversation before the case's. */
  public record Said(SenderType sender, String text) {
    public Said {
      Objects.requireNonNull(sender, "a message's sender is missing");
      Objects.requireNonNull(text, "a message's text is missing");
    }
  }
}
