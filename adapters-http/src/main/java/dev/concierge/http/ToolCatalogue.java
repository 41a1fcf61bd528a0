package dev.concierge.http;

import dev.concierge.core.agents.llm.ToolDefinition;
import io.javalin.http.HandlerType;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every operation under /api/v1 that needs a caller, as a tool: described once from openapi.json
 * when the server is built, and bound to a caller by {@link OperationTools}. Public operations
 * (signing in) are no tools: a run always acts as someone; nor are the assistant's own.
 */
final class ToolCatalogue {

  /** One operation and its tool. */
  record OperationTool(Operation operation, ToolSchemas.ToolInput input) {
    String name() {
      return operation.operationId();
    }

    String method() {
      return operation.method().name();
    }

    String path() {
      return operation.path();
    }

    ToolDefinition definition() {
      return input.definition();
    }

    /** Deletes: the model's call of one waits for a person to confirm it. */
    boolean destructive() {
      return operation.method() == HandlerType.DELETE;
    }
  }

  /**
   * The assistant's own operations (its agents, their runs, the chat and confirming its actions)
   * are no tools: a model neither rewrites the roster it runs on, reads other runs, starts a run of
   * its own nor confirms what it asked for.
   */
  static final List<String> ASSISTANT_PATHS = List.of("/api/v1/agents", "/api/v1/agent-runs");

  /**
   * Operations that take or answer a file (CSV, vCard, PDF) rather than JSON are no tools either: a
   * model reads and writes JSON, and a person downloads or uploads files.
   */
  static final List<String> FILE_PATHS = List.of("/api/v1/exports", "/api/v1/imports");

  private final Map<String, OperationTool> tools = new LinkedHashMap<>();

  ToolCatalogue(List<DocumentedOperation> operations, OpenApiDocument document) {
    ToolSchemas schemas = new ToolSchemas(document);
    for (DocumentedOperation documented : operations) {
      Operation operation = documented.operation();
      if (operation.path().startsWith("/api/v1/")
          && operation.access() != Access.PUBLIC
          && !isTheAssistants(operation.path())
          && !isAFile(operation.path())) {
        tools.put(
            operation.operationId(),
            new OperationTool(
                operation, schemas.describe(operation.method().name(), operation.path())));
      }
    }
  }

  private static boolean isTheAssistants(String path) {
    return ASSISTANT_PATHS.stream()
        .anyMatch(root -> path.equals(root) || path.startsWith(root + "/"));
  }

  private static boolean isAFile(String path) {
    return path.endsWith(".pdf")
        || FILE_PATHS.stream().anyMatch(root -> path.startsWith(root + "/"));
  }

  /** The tool of that operationId; null when there is none. */
  OperationTool find(String name) {
    return tools.get(name);
  }

  Collection<OperationTool> all() {
    return Collections.unmodifiableCollection(tools.values());
  }
}
