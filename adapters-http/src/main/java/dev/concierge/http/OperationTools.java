package dev.concierge.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.core.access.Caller;
import dev.concierge.core.agents.AgentTool;
import dev.concierge.core.agents.AgentTools;
import dev.concierge.core.agents.Confinement;
import dev.concierge.core.agents.ToolInputCheck;
import dev.concierge.core.agents.ToolOutcome;
import dev.concierge.core.agents.llm.JsonTree;
import dev.concierge.core.agents.llm.ToolDefinition;
import dev.concierge.core.errors.FieldError;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The API's operations as the tools of one run, acting as its caller and no further. A call is the
 * HTTP request the operation documents, built from the tool's flat input (path parameters into the
 * path, query parameters into the query, the rest into the JSON body; see {@link ToolSchemas}) and
 * run in process through the same server ({@link InProcessCalls}): the same handler, JSON binding,
 * validation, errors, role table, organization scope, rate limit and audit entry as the caller's
 * own request. A 2xx answer comes back as {@link ToolOutcome.Succeeded} with the JSON (cut to a
 * size a model reads, {@link ModelSizedResult}) and the id of what it created or changed; a problem
 * as {@link ToolOutcome.Refused} with its detail and field errors, so the model can correct itself.
 *
 * <p>Offered are the operations the caller's role may call, and for a confined run only those tied
 * to its people ({@link PersonConfinement}). A delete is offered as destructive: the runtime turns
 * the model's call into an action a person confirms, and only {@link #callConfirmed} runs it. Input
 * is held to the tool's schema before anything is sent, and a path parameter must look like an id,
 * so no input can steer a request to another route. Immutable and thread-safe.
 */
public final class OperationTools implements AgentTools {
  static final String CONFIRM_FIRST =
      "Deletes are never run by the assistant: this one waits for a person to confirm it.";

  /** What a path parameter may be: an id or a name, never a path of its own. */
  private static final Pattern PATH_VALUE = Pattern.compile("[A-Za-z0-9_-]{1,100}");

  private final ToolCatalogue catalogue;
  private final InProcessCalls calls;
  private final ObjectMapper json;
  private final Caller caller;
  private final Confinement confinement;
  private final PersonConfinement confined;
  private final String requestId;

  OperationTools(
      ToolCatalogue catalogue,
      InProcessCalls calls,
      ObjectMapper json,
      Caller caller,
      Confinement confinement) {
    this.catalogue = catalogue;
    this.calls = calls;
    this.json = json;
    this.caller = Objects.requireNonNull(caller, "caller");
    this.confinement = Objects.requireNonNull(confinement, "confinement");
    this.confined = confinement.confined() ? new PersonConfinement(confinement, this::owner) : null;
    this.requestId = RequestIds.ofAssistant(caller.requestId());
  }

  @Override
  public List<AgentTool> tools(List<String> names) {
    List<AgentTool> offered = new ArrayList<>();
    for (String name : names) {
      ToolCatalogue.OperationTool tool = offered(name);
      if (tool != null) {
        offered.add(new AgentTool(definition(tool), tool.destructive()));
      }
    }
    return offered;
  }

  /** The names of every tool this run may be offered, in the API's order. */
  public List<String> names() {
    return catalogue.all().stream()
        .map(ToolCatalogue.OperationTool::name)
        .filter(name -> offered(name) != null)
        .toList();
  }

  @Override
  public ToolOutcome call(String name, Map<String, Object> input) {
    return run(name, input, false);
  }

  @Override
  public ToolOutcome callConfirmed(String name, Map<String, Object> input) {
    return run(name, input, true);
  }

  private ToolCatalogue.OperationTool offered(String name) {
    ToolCatalogue.OperationTool tool = catalogue.find(name);
    if (tool == null || !tool.operation().access().roles().contains(caller.role())) {
      return null;
    }
    if (confinement.confined()
        && !PersonConfinement.offers(tool.method(), tool.path(), tool.definition().inputSchema())) {
      return null;
    }
    return tool;
  }

  private ToolDefinition definition(ToolCatalogue.OperationTool tool) {
    return confinement.confined()
        ? PersonConfinement.asOffered(tool.method(), tool.path(), tool.definition())
        : tool.definition();
  }

  private ToolOutcome run(String name, Map<String, Object> input, boolean confirmed) {
    ToolCatalogue.OperationTool tool = offered(name);
    if (tool == null) {
      return ToolOutcome.refused(
          "There is no tool named "
              + name
              + " here. Use only the tools you were given, by their exact names.",
          List.of());
    }
    if (tool.destructive() && !confirmed) {
      return ToolOutcome.refused(CONFIRM_FIRST, List.of());
    }
    Map<String, Object> checked = JsonTree.copyObject(input);
    List<FieldError> errors =
        new ArrayList<>(ToolInputCheck.errors(tool.definition().inputSchema(), checked));
    for (String parameter : tool.input().pathParameters()) {
      if (checked.get(parameter) instanceof String value && !PATH_VALUE.matcher(value).matches()) {
        errors.add(new FieldError(parameter, "must be an id such as a UUID"));
      }
    }
    if (!errors.isEmpty()) {
      return ToolOutcome.refused("The input does not match the schema of " + name + ".", errors);
    }
    if (confined != null) {
      ToolOutcome.Refused outside =
          confined.refusal(tool.method(), tool.path(), tool.definition().inputSchema(), checked);
      if (outside != null) {
        return outside;
      }
    }
    InProcessCalls.Answer answer = send(tool, checked);
    return answer.succeeded() ? succeeded(tool, checked, answer) : refused(answer);
  }

  private InProcessCalls.Answer send(ToolCatalogue.OperationTool tool, Map<String, Object> input) {
    String path = tool.path();
    for (String parameter : tool.input().pathParameters()) {
      path = path.replace("{" + parameter + "}", encode((String) input.get(parameter)));
    }
    StringBuilder target = new StringBuilder(path);
    Map<String, Object> body = new LinkedHashMap<>();
    for (Map.Entry<String, Object> member : input.entrySet()) {
      String name = member.getKey();
      Object value = member.getValue();
      if (tool.input().pathParameters().contains(name)) {
        continue;
      }
      if (tool.input().queryParameters().contains(name)) {
        if (value != null) {
          target.append(target.indexOf("?") < 0 ? '?' : '&');
          target.append(encode(name)).append('=').append(encode(queryText(value)));
        }
      } else {
        body.put(name, value);
      }
    }
    byte[] bytes = tool.input().takesBody() ? write(body) : null;
    return calls.send(caller, tool.method(), target.toString(), bytes, requestId);
  }

  private static String queryText(Object value) {
    return value instanceof String text ? text : JsonTree.write(value);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private byte[] write(Map<String, Object> body) {
    try {
      return json.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tool input that is a JSON object could not be written", e);
    }
  }

  private ToolOutcome.Succeeded succeeded(
      ToolCatalogue.OperationTool tool, Map<String, Object> input, InProcessCalls.Answer answer) {
    String text;
    if (answer.body().length == 0) {
      text = "{\"done\":true}";
    } else {
      Long total = answer.totalCount() == null ? null : Long.valueOf(answer.totalCount());
      long skipped = input.get("skip") instanceof Number skip ? skip.longValue() : 0;
      boolean pages = tool.input().queryParameters().contains("skip");
      text =
          ModelSizedResult.of(json, read(answer), total, answer.totalCountCapped(), skipped, pages);
    }
    return new ToolOutcome.Succeeded(text, entityId(tool, input, answer));
  }

  /** What was created (its Location) or changed (the id in the path); null for a read. */
  private static String entityId(
      ToolCatalogue.OperationTool tool, Map<String, Object> input, InProcessCalls.Answer answer) {
    if (answer.status() == 201 && answer.location() != null) {
      return answer.location().substring(answer.location().lastIndexOf('/') + 1);
    }
    List<String> inPath = tool.input().pathParameters();
    if (tool.method().equals("GET") || inPath.isEmpty()) {
      return null;
    }
    return (String) input.get(inPath.get(inPath.size() - 1));
  }

  private ToolOutcome.Refused refused(InProcessCalls.Answer answer) {
    JsonNode problem = answer.body().length == 0 ? json.nullNode() : read(answer);
    String detail = problem.path("detail").asText("");
    if (detail.isEmpty()) {
      detail = "The operation answered HTTP " + answer.status() + ".";
    }
    List<FieldError> errors = new ArrayList<>();
    for (JsonNode error : problem.path("errors")) {
      errors.add(new FieldError(error.path("field").asText(), error.path("message").asText()));
    }
    return ToolOutcome.refused(detail, errors);
  }

  private JsonNode read(InProcessCalls.Answer answer) {
    try {
      return json.readTree(answer.body());
    } catch (IOException e) {
      throw new IllegalStateException(
          "the API answered HTTP " + answer.status() + " with a body that is not JSON", e);
    }
  }

  /** An owned entity's JSON as the caller reads it, for the confinement's check. */
  private PersonConfinement.Owner owner(String operationId, String idName, String id) {
    ToolCatalogue.OperationTool lookup = catalogue.find(operationId);
    if (lookup == null) {
      throw new IllegalStateException(operationId + " is not an operation of the API");
    }
    InProcessCalls.Answer answer = send(lookup, Map.of(idName, id));
    return answer.succeeded()
        ? new PersonConfinement.Owner(read(answer), null)
        : new PersonConfinement.Owner(null, refused(answer));
  }
}
