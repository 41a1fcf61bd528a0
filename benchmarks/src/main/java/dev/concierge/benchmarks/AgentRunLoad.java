package dev.concierge.benchmarks;

import dev.concierge.core.access.Caller;
import dev.concierge.core.agents.Confinement;
import dev.concierge.core.agents.chat.AgentChat;
import dev.concierge.core.agents.chat.ChatAnswer;
import dev.concierge.core.agents.chat.ChatRequest;
import dev.concierge.core.agents.llm.ContentBlock;
import dev.concierge.core.agents.llm.LlmPort;
import dev.concierge.core.agents.llm.LlmReply;
import dev.concierge.core.agents.llm.LlmRequest;
import dev.concierge.core.agents.llm.StopReason;
import dev.concierge.core.agents.llm.SystemBlock;
import dev.concierge.core.agents.llm.TokenUsage;
import dev.concierge.core.agents.runs.RunSource;
import dev.concierge.core.conversations.Conversation;
import dev.concierge.core.conversations.Message;
import dev.concierge.core.conversations.MessageDirection;
import dev.concierge.core.conversations.NewConversation;
import dev.concierge.core.conversations.NewMessage;
import dev.concierge.core.conversations.SenderType;
import dev.concierge.core.health.CheckHealth;
import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.model.Metadata;
import dev.concierge.http.HttpServer;
import dev.concierge.http.HttpSettings;
import dev.concierge.http.RateLimits;
import dev.concierge.library.Concierge;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;

/**
 * Load command: what one run of the assistant costs the service itself, the model's time left out,
 * on a generated organization. A model that answers at once ({@link InstantModel}) plays the run
 * the chat's must-show plays: the routing, one tool call, then its answer. Everything else is the
 * service's own: the person and conversation checked, the message stored, the context read, the
 * roster read, the tool called in process through the API (authentication, role table, scope,
 * validation, the use case, the audit log), the run logged with its steps, the answer stored.
 *
 * <pre>
 * mvn -B -q -DskipTests package -pl adapters-cli,benchmarks -am
 * export CONCIERGE_DATA_DIR=/tmp/load/data        # or DATABASE_URL=postgresql://…
 * java -jar adapters-cli/target/concierge-admin.jar generate --persons 100000 …   # prints ORG_ID
 * java -cp benchmarks/target/benchmarks.jar dev.concierge.benchmarks.AgentRunLoad ORG_ID \
 *     [RUNS=2000] [WARMUP=300]
 * </pre>
 *
 * Four phases, one run at a time, random persons of the organization: the context alone (one read);
 * the runtime's own work on a message stored beforehand ({@link AgentChat#answerStored}: context,
 * roster, routing, a {@code listDateItems} call in process, the run logged); a chat whose tool
 * reads (the same, with the message and the answer stored, the conversation started); a chat whose
 * tool writes ({@code createDateItem} with a 14-day reminder). Each prints p50, p95, p99 and the
 * maximum in milliseconds (HdrHistogram). The write phase adds a date item, a conversation, two
 * messages and a run per chat to the organization.
 */
public final class AgentRunLoad {
  private static final Pattern PERSON_ID =
      Pattern.compile(
          "- person_id: ([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");

  private AgentRunLoad() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: AgentRunLoad ORG_ID [RUNS=2000] [WARMUP=300]");
      System.exit(2);
    }
    UUID org = UUID.fromString(args[0]);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 300;
    System.out.printf(
        "cpus=%d %s load=%s%n",
        Runtime.getRuntime().availableProcessors(),
        DashboardLoad.cpu(),
        DashboardLoad.loadAverage());
    InstantModel model = new InstantModel();
    try (LoadDatabase load = LoadDatabase.attach();
        Concierge concierge =
            Concierge.builder()
                .database(load.database())
                .migrate(false)
                .assistant(model, InstantModel.NAME, InstantModel.NAME)
                .build()) {
      HttpServer api =
          HttpServer.inProcessOnly(
                  new HttpSettings(
                      "127.0.0.1", 0, HttpSettings.ONE_MEGABYTE, false, null, RateLimits.DEFAULT),
                  new CheckHealth("load", () -> true),
                  concierge)
              .start();
      try {
        List<UUID> persons =
            load.database()
                .jdbi()
                .withHandle(
                    handle ->
                        handle
                            .createQuery(
                                "select person_id from persons where org_id = :org"
                                    + " and deleted_at is null")
                            .bind("org", org)
                            .mapTo(UUID.class)
                            .list());
        System.out.printf("organization %s: %d persons%n", org, persons.size());
        Caller desk = Caller.operator(org, "agent-run-load");
        AgentChat chat = concierge.agentChat();
        phase(
            "context only (ContextBuilder, one read)",
            runs,
            warmup,
            () -> concierge.agentContext().build(desk, random(persons)));
        model.play = InstantModel.READ;
        Iterator<Asked> asked = askedBeforehand(concierge, desk, persons, runs + warmup);
        phase(
            "runtime only: context, route, listDateItems, log",
            runs,
            warmup,
            () -> {
              Asked next = asked.next();
              return checked(
                  chat.answerStored(
                      desk,
                      Confinement.NONE,
                      next.person(),
                      next.message(),
                      RunSource.CLI,
                      api::agentTools));
            });
        phase(
            "chat: route, listDateItems in process, answer",
            runs,
            warmup,
            () -> ask(chat, desk, api, random(persons), "What is coming up for me?"));
        model.play = InstantModel.WRITE;
        phase(
            "chat: route, createDateItem in process, answer",
            runs,
            warmup,
            () -> ask(chat, desk, api, random(persons), "Remind me two weeks before my birthday"));
      } finally {
        api.stop();
      }
    }
  }

  private static ChatAnswer ask(
      AgentChat chat, Caller desk, HttpServer api, UUID person, String message) {
    return checked(
        chat.chat(
            desk,
            Confinement.NONE,
            new ChatRequest(person, message, null, RunSource.CLI),
            api::agentTools));
  }

  private static ChatAnswer checked(ChatAnswer answer) {
    if (answer.actions().size() != 1 || !answer.actions().get(0).status().equals("succeeded")) {
      throw new IllegalStateException("the tool call did not succeed: " + answer.actions());
    }
    return answer;
  }

  /** A stored message for a random person. */
  private record Asked(UUID person, Message message) {}

  /** Messages stored before the clock starts, for the runs that answer a stored one. */
  private static Iterator<Asked> askedBeforehand(
      Concierge concierge, Caller desk, List<UUID> persons, int count) {
    List<Asked> asked = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      UUID person = random(persons);
      Conversation conversation =
          concierge
              .conversations()
              .start(
                  desk,
                  new NewConversation(person, ChannelType.WEB, "load", null, null, Metadata.EMPTY));
      asked.add(
          new Asked(
              person,
              concierge
                  .conversations()
                  .log(
                      desk,
                      conversation.conversationId(),
                      new NewMessage(
                          MessageDirection.INTERNAL,
                          SenderType.STAFF,
                          null,
                          "What is coming up for me?",
                          null,
                          Metadata.EMPTY))));
    }
    return asked.iterator();
  }

  private static void phase(String name, int runs, int warmup, Supplier<Object> run) {
    for (int i = 0; i < warmup; i++) {
      run.get();
    }
    Histogram histogram = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
    long started = System.nanoTime();
    for (int i = 0; i < runs; i++) {
      long before = System.nanoTime();
      run.get();
      histogram.recordValue(System.nanoTime() - before);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(
        "%-50s runs=%d  %.0f/s  p50=%.2f ms  p95=%.2f ms  p99=%.2f ms  max=%.2f ms%n",
        name,
        runs,
        runs / seconds,
        millis(histogram.getValueAtPercentile(50)),
        millis(histogram.getValueAtPercentile(95)),
        millis(histogram.getValueAtPercentile(99)),
        millis(histogram.getMaxValue()));
  }

  private static UUID random(List<UUID> persons) {
    return persons.get(ThreadLocalRandom.current().nextInt(persons.size()));
  }

  private static double millis(long nanos) {
    return nanos / 1e6;
  }

  /**
   * A model that answers at once: the route when asked to route, then one call of its play's tool
   * for the person its context names, then its answer once the tool's result is back.
   */
  static final class InstantModel implements LlmPort {
    static final String NAME = "instant";
    private static final TokenUsage USAGE = new TokenUsage(1000, 50, 0, 0);

    /** The agent a message is routed to, and the call it makes for a person. */
    record Play(String agent, Function<String, ContentBlock.ToolUse> tool) {}

    static final Play READ = new Play("retrieval", InstantModel::listDateItems);
    static final Play WRITE = new Play("reminder_management", InstantModel::createDateItem);

    volatile Play play = READ;

    @Override
    public LlmReply complete(LlmRequest request) {
      if (request.tools().size() == 1 && request.tools().get(0).name().equals("route_to_agent")) {
        return reply(
            StopReason.TOOL_USE,
            new ContentBlock.ToolUse(
                "toolu_route", "route_to_agent", Map.of("agent", play.agent(), "reason", "load")));
      }
      boolean answered =
          request.messages().get(request.messages().size() - 1).content().stream()
              .anyMatch(ContentBlock.ToolResult.class::isInstance);
      if (answered) {
        return reply(StopReason.END_TURN, new ContentBlock.Text("Done."));
      }
      return reply(StopReason.TOOL_USE, play.tool().apply(personOf(request)));
    }

    private static String personOf(LlmRequest request) {
      for (SystemBlock block : request.system()) {
        Matcher matcher = PERSON_ID.matcher(block.text());
        if (matcher.find()) {
          return matcher.group(1);
        }
      }
      throw new IllegalStateException("the context names no person");
    }

    static ContentBlock.ToolUse listDateItems(String person) {
      return new ContentBlock.ToolUse(
          "toolu_1", "listDateItems", Map.of("person_id", person, "limit", 10));
    }

    static ContentBlock.ToolUse createDateItem(String person) {
      return new ContentBlock.ToolUse(
          "toolu_1",
          "createDateItem",
          Map.of(
              "person_id",
              person,
              "title",
              "Birthday",
              "date_value",
              "1984-03-15",
              "recurrence_rule",
              "FREQ=YEARLY",
              "reminder_rules",
              List.of(Map.of("reminder_type", "lead_time", "lead_time_days", 14))));
    }

    private static LlmReply reply(StopReason stop, ContentBlock content) {
      return new LlmReply(NAME, List.of(content), stop, USAGE);
    }
  }
}
