package dev.concierge.http;

import dev.concierge.core.agents.AgentTool;
import java.util.ArrayList;
import java.util.List;

/**
 * The API's operations as a model is offered them, read from openapi.json alone, with no server to
 * run them: for runs whose tools answer by other means, as the CLI's evaluation of the agents
 * records each call instead of making it. A running server's tools, which do run, are {@link
 * HttpServer#agentTools}; both describe an operation the same way ({@link ToolSchemas}).
 */
public final class DescribedTools {
  private static final String API = "/api/v1/";

  private DescribedTools() {}

  /**
   * The tools of these operationIds, in that order; a name that is no authenticated operation of
   * the API is left out, as {@link dev.concierge.core.agents.AgentTools#tools} leaves it out.
   * Deletes are destructive.
   */
  public static List<AgentTool> of(List<String> operationIds) {
    OpenApiDocument document = OpenApiDocument.load();
    ToolSchemas schemas = new ToolSchemas(document);
    List<AgentTool> tools = new ArrayList<>();
    for (String operationId : operationIds) {
      document
          .locate(operationId)
          .filter(located -> located.path().startsWith(API))
          .filter(located -> !document.operation(located.method(), located.path()).has("security"))
          .ifPresent(
              located ->
                  tools.add(
                      new AgentTool(
                          schemas.describe(located.method(), located.path()).definition(),
                          located.method().equals("DELETE"))));
    }
    return tools;
  }
}
