package dev.concierge.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.concierge.core.agents.AgentName;
import dev.concierge.core.agents.llm.StopReason;
import dev.concierge.core.agents.llm.TokenUsage;
import dev.concierge.core.agents.runs.LoggedStep;
import dev.concierge.core.agents.runs.StepKind;
import dev.concierge.core.agents.runs.StepOutcome;
import dev.concierge.core.errors.FieldError;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The run log's jsonb columns: a run's steps ({@code tool_calls_jsonb}, an array of objects named
 * in snake_case, members a step does not have left out), a tool's input and a call's outcome. Bind
 * as {@code cast(:x as jsonb)}, read as {@code x::text}.
 */
final class RunLogJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

  private RunLogJson() {}

  static String writeSteps(List<LoggedStep> steps) {
    ArrayNode array = MAPPER.createArrayNode();
    for (LoggedStep step : steps) {
      ObjectNode node = array.addObject();
      node.put("kind", step.kind().wireName());
      node.put("round", step.round());
      if (step.agent() != null) {
        node.put("agent", step.agent().wireName());
      }
      putIfPresent(node, "reason", step.reason());
      putIfPresent(node, "model", step.model());
      if (step.stopReason() != null) {
        node.put("stop_reason", step.stopReason().wireName());
      }
      putIfPresent(node, "tool", step.tool());
      if (step.input() != null) {
        node.set("input", MAPPER.valueToTree(step.input()));
      }
      if (step.outcome() != null) {
        node.set("outcome", outcome(step.outcome()));
      }
      ObjectNode tokens = node.putObject("tokens");
      tokens.put("input", step.tokens().input());
      tokens.put("output", step.tokens().output());
      tokens.put("cache_read", step.tokens().cacheRead());
      tokens.put("cache_write", step.tokens().cacheWrite());
      node.put("latency_ms", step.latency().toMillis());
    }
    return array.toString();
  }

  static List<LoggedStep> readSteps(String json) {
    List<LoggedStep> steps = new ArrayList<>();
    for (JsonNode node : read(json)) {
      JsonNode tokens = node.path("tokens");
      steps.add(
          new LoggedStep(
              StepKind.valueOf(node.path("kind").asText().toUpperCase(Locale.ROOT)),
              node.path("round").asInt(),
              node.has("agent")
                  ? AgentName.fromWireName(node.get("agent").asText()).orElseThrow()
                  : null,
              text(node, "reason"),
              text(node, "model"),
              node.has("stop_reason")
                  ? StopReason.fromWireName(node.get("stop_reason").asText()).orElseThrow()
                  : null,
              text(node, "tool"),
              node.has("input") ? MAPPER.convertValue(node.get("input"), OBJECT) : null,
              node.has("outcome") ? outcome(node.get("outcome")) : null,
              new TokenUsage(
                  tokens.path("input").asLong(),
                  tokens.path("output").asLong(),
                  tokens.path("cache_read").asLong(),
                  tokens.path("cache_write").asLong()),
              Duration.ofMillis(node.path("latency_ms").asLong())));
    }
    return List.copyOf(steps);
  }

  static String writeObject(Map<String, Object> object) {
    return MAPPER.valueToTree(object).toString();
  }

  static Map<String, Object> readObject(String json) {
    return MAPPER.convertValue(read(json), OBJECT);
  }

  static String writeOutcome(StepOutcome outcome) {
    return outcome == null ? null : outcome(outcome).toString();
  }

  static StepOutcome readOutcome(String json) {
    return json == null ? null : outcome(read(json));
  }

  private static ObjectNode outcome(StepOutcome outcome) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("status", outcome.status());
    putIfPresent(node, "entity_id", outcome.entityId());
    putIfPresent(node, "action_id", outcome.actionId());
    putIfPresent(node, "detail", outcome.detail());
    ArrayNode errors = node.putArray("errors");
    for (FieldError error : outcome.errors()) {
      errors.addObject().put("field", error.field()).put("message", error.message());
    }
    return node;
  }

  private static StepOutcome outcome(JsonNode node) {
    List<FieldError> errors = new ArrayList<>();
    node.path("errors")
        .forEach(
            error ->
                errors.add(
                    new FieldError(error.path("field").asText(), error.path("message").asText())));
    return new StepOutcome(
        node.path("status").asText(),
        text(node, "entity_id"),
        text(node, "action_id"),
        text(node, "detail"),
        errors);
  }

  private static void putIfPresent(ObjectNode node, String name, String value) {
    if (value != null) {
      node.put(name, value);
    }
  }

  private static String text(JsonNode node, String name) {
    return node.has(name) ? node.get(name).asText() : null;
  }

  private static JsonNode read(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored jsonb of the run log cannot be read", e);
    }
  }
}
