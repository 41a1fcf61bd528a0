package dev.concierge.cli;

import dev.concierge.claude.ClaudeLlm;
import dev.concierge.claude.ClaudeSettings;
import dev.concierge.core.access.Caller;
import dev.concierge.core.agents.Confinement;
import dev.concierge.core.agents.chat.ChatAction;
import dev.concierge.core.agents.chat.ChatAnswer;
import dev.concierge.core.agents.chat.ChatRequest;
import dev.concierge.core.agents.runs.RunSource;
import dev.concierge.core.organization.Organization;
import dev.concierge.http.HttpServer;
import dev.concierge.library.Concierge;
import java.io.PrintWriter;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code agents chat}: the assistant's chat run in this process as the organization's operator. Its
 * tools are the API's operations, so the API is built here too, answering in-process calls only: it
 * opens no port.
 */
@Command(
    name = "chat",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Write to the assistant about a person, as POST /api/v1/agents/chat does, and print its"
          + " reply, the agent that answered and the operations it called (a delete waits for"
          + " POST /api/v1/agents/actions/{action_id}/confirm).",
      "Runs as the operator of the organization (the admin role) with the API's operations in"
          + " this process; both messages are kept in the person's conversation and the run is"
          + " logged (source cli). Needs ANTHROPIC_API_KEY."
    })
final class AgentChatCommand implements Callable<Integer> {
  @Mixin CommandContext context;

  @Option(
      names = "--person",
      required = true,
      paramLabel = "PERSON_ID",
      description = "Who the message is about.")
  UUID person;

  @Option(
      names = "--conversation",
      paramLabel = "CONVERSATION_ID",
      description = "A conversation of the person to continue (default: a new one).")
  UUID conversation;

  @Option(
      names = "--org",
      paramLabel = "ORG_ID",
      description = "The person's organization (default: the default organization).")
  UUID org = Organization.DEFAULT_ID;

  @Parameters(
      arity = "1..*",
      paramLabel = "MESSAGE",
      description = "What you write to the assistant (several words are joined by spaces).")
  List<String> words;

  @Override
  public Integer call() {
    ClaudeSettings claude = AgentsCommand.configuredClaude(context, "agents chat");
    try (DatabaseSession session = DatabaseSession.open(context.settings(), "agents");
        ClaudeLlm llm = new ClaudeLlm(claude)) {
      session.requireCurrentSchema();
      Concierge concierge =
          session.concierge(
              DatabaseSession.configured(context.settings())
                  .assistant(llm, claude.model(), claude.routerModel()));
      HttpServer api =
          HttpServer.inProcessOnly(context.settings().http(), concierge.health(), concierge)
              .start();
      try {
        ChatAnswer answer =
            concierge
                .agentChat()
                .chat(
                    Caller.operator(org, "concierge-admin agents chat"),
                    Confinement.NONE,
                    new ChatRequest(person, String.join(" ", words), conversation, RunSource.CLI),
                    api::agentTools);
        print(answer);
      } finally {
        api.stop();
      }
    }
    return ExitCodes.OK;
  }

  private void print(ChatAnswer answer) {
    PrintWriter out = context.out();
    out.println(answer.reply());
    out.println();
    out.printf(
        "agent %s, %s; run %s; conversation %s%n",
        answer.agent() == null ? "-" : answer.agent().wireName(),
        answer.status().wireName(),
        answer.runId(),
        answer.conversationId());
    if (answer.actions().isEmpty()) {
      out.println("No operations called.");
      return;
    }
    TextTable actions = TextTable.of("OPERATION", "STATUS", "ENTITY", "ACTION");
    for (ChatAction action : answer.actions()) {
      actions.row(action.operationId(), action.status(), action.entityId(), action.actionId());
    }
    actions.print(out);
  }
}
