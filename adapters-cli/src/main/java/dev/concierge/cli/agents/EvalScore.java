package dev.concierge.cli.agents;

import dev.concierge.core.agents.AgentName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An eval's scores: routing accuracy per expected agent and in all, and the reminder-management
 * agent's extraction accuracy.
 *
 * @param agents one row per agent some case expects, in the roster's order
 */
public record EvalScore(List<Row> agents, Row routing, Row extraction) {

  /** {@code correct} of {@code cases}. */
  public record Row(String name, int cases, int correct) {
    /** "95.2%", or "-" without cases. */
    public String accuracy() {
      return cases == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * correct / cases);
    }

    Map<String, Object> json() {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("cases", cases);
      json.put("correct", correct);
      json.put("accuracy", cases == 0 ? null : (double) correct / cases);
      return json;
    }
  }

  public static EvalScore of(List<CaseResult> results) {
    List<Row> agents = new ArrayList<>();
    for (AgentName agent : AgentName.values()) {
      List<CaseResult> expected = results.stream().filter(r -> r.expected() == agent).toList();
      if (!expected.isEmpty()) {
        agents.add(
            new Row(
                agent.wireName(),
                expected.size(),
                (int) expected.stream().filter(CaseResult::routedRight).count()));
      }
    }
    List<CaseResult> extracted = results.stream().filter(r -> r.extraction() != null).toList();
    return new EvalScore(
        agents,
        new Row(
            "all", results.size(), (int) results.stream().filter(CaseResult::routedRight).count()),
        new Row(
            AgentName.REMINDER_MANAGEMENT.wireName(),
            extracted.size(),
            (int) extracted.stream().filter(r -> r.extraction().passed()).count()));
  }

  /** The scores and every case, as the --json output shows them. */
  public static Map<String, Object> json(
      EvalScore score, List<CaseResult> results, String model, String routerModel) {
    Map<String, Object> routing = new LinkedHashMap<>();
    routing.put("model", routerModel);
    routing.putAll(score.routing().json());
    Map<String, Object> perAgent = new LinkedHashMap<>();
    score.agents().forEach(row -> perAgent.put(row.name(), row.json()));
    routing.put("agents", perAgent);
    Map<String, Object> extraction = new LinkedHashMap<>();
    extraction.put("agent", score.extraction().name());
    extraction.put("model", model);
    extraction.putAll(score.extraction().json());
    List<Map<String, Object>> cases = new ArrayList<>();
    for (CaseResult result : results) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("number", result.number());
      json.put("message", result.message());
      json.put("expected_agent", result.expected().wireName());
      json.put("routed_to", result.routedTo() == null ? null : result.routedTo().wireName());
      json.put("routing_failure", result.routingFailure());
      if (result.extraction() != null) {
        Map<String, Object> extracted = new LinkedHashMap<>();
        extracted.put("passed", result.extraction().passed());
        extracted.put("run_status", result.extraction().runStatus());
        extracted.put("mismatches", result.extraction().mismatches());
        json.put("extraction", extracted);
      }
      cases.add(json);
    }
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("routing", routing);
    report.put("extraction", extraction);
    report.put("cases", cases);
    return report;
  }
}
