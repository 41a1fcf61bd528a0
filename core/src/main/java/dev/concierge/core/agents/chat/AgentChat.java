package dev.concierge.core.agents.chat;

import dev.concierge.core.access.Caller;
import dev.concierge.core.agents.AgentProfile;
import dev.concierge.core.agents.AgentPrompts;
import dev.concierge.core.agents.AgentRun;
import dev.concierge.core.agents.AgentRuntime;
import dev.concierge.core.agents.AgentTask;
import dev.concierge.core.agents.AgentToolbox;
import dev.concierge.core.agents.Confinement;
import dev.concierge.core.agents.ContextBuilder;
import dev.concierge.core.agents.Orchestrator;
import dev.concierge.core.agents.RunStatus;
import dev.concierge.core.agents.roster.AgentRoster;
import dev.concierge.core.agents.runs.AgentRuns;
import dev.concierge.core.agents.runs.LoggedRun;
import dev.concierge.core.agents.runs.RunOrigin;
import dev.concierge.core.agents.runs.RunSource;
import dev.concierge.core.conversations.Conversation;
import dev.concierge.core.conversations.ConversationLog;
import dev.concierge.core.conversations.Message;
import dev.concierge.core.conversations.MessageDirection;
import dev.concierge.core.conversations.NewConversation;
import dev.concierge.core.conversations.NewMessage;
import dev.concierge.core.conversations.SenderType;
import dev.concierge.core.errors.FieldErrors;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.model.Metadata;
import dev.concierge.core.persons.Person;
import dev.concierge.core.persons.PersonStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The assistant's chat: a message about one person, answered by one of the organization's agents
 * with the caller's own tools, and kept in the person's conversation with its answer.
 *
 * <p>In order: the person is found in the caller's organization (and confinement); the conversation
 * is the one given, which must be theirs, or a new one on the web channel; the message is stored,
 * so it is kept whatever happens next; the model must be configured; the context is read ({@link
 * ContextBuilder}); the {@link Orchestrator} routes the message among the organization's enabled
 * agents (their profiles as the roster has them) and runs the chosen one with the tools of the
 * caller held to its confinement; the run is logged with the actions it left waiting ({@link
 * AgentRuns#record}, which tells the metrics); the answer is stored as the assistant's. A run that
 * failed is logged too and then thrown as a {@link ChatFailedException}, whose cause says why.
 *
 * <p>Who wrote the message follows the confinement: staff (not confined) write a note to the
 * assistant about the client, kept internal with the answer; a client's channel (confined to the
 * client and their relations) writes as the client, and the answer goes out to them.
 *
 * <p>The tools come with each call ({@link AgentToolbox}): they are the API's operations, which
 * exist only once the API is built on these use cases. Thread-safe.
 */
public final class AgentChat {
  private static final Logger log = LoggerFactory.getLogger(AgentChat.class);

  /** A message to the assistant is a request, not a document. */
  public static final int MAX_MESSAGE_LENGTH = 10_000;

  private static final int SUBJECT_LENGTH = 80;

  private final PersonStore persons;
  private final ConversationLog conversations;
  private final AgentRoster roster;
  private final ContextBuilder context;
  private final AgentRuns runs;
  private final AgentModels models;
  private final Orchestrator orchestrator;
  private final Clock clock;

  /**
   * @param models the language model, or why there is none
   */
  public AgentChat(
      PersonStore persons,
      ConversationLog conversations,
      AgentRoster roster,
      ContextBuilder context,
      AgentRuns runs,
      AgentModels models,
      Clock clock) {
    this.persons = Objects.requireNonNull(persons, "persons");
    this.conversations = Objects.requireNonNull(conversations, "conversations");
    this.roster = Objects.requireNonNull(roster, "roster");
    this.context = Objects.requireNonNull(context, "context");
    this.runs = Objects.requireNonNull(runs, "runs");
    this.models = Objects.requireNonNull(models, "models");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.orchestrator =
        models.isOn()
            ? new Orchestrator(
                models.llm(),
                new AgentRuntime(models.llm(), clock),
                clock,
                models.routerModel(),
                AgentPrompts.routing())
            : null;
  }

  /** Whether a language model is configured; without one every chat fails as off. */
  public boolean isOn() {
    return models.isOn();
  }

  /**
   * Answers a message to the assistant, keeping both in the person's conversation.
   *
   * @param confinement the people the run may act on: {@link Confinement#NONE} for staff
   * @param toolbox the operations the run's tools are, bound to the caller and confinement
   * @throws NotFoundException when the person is not the caller's to reach, or the conversation is
   *     not theirs; nothing is stored then
   * @throws ChatFailedException when the assistant could not answer; the message is kept and the
   *     run logged
   */
  public ChatAnswer chat(
      Caller caller, Confinement confinement, ChatRequest request, AgentToolbox toolbox) {
    caller.requireWriter();
    new FieldErrors()
        .required("person_id", request.personId())
        .required("message", request.message())
        .length("message", request.message(), 1, MAX_MESSAGE_LENGTH)
        .throwIfAny();
    Person person =
        persons
            .find(caller.orgId(), request.personId())
            .filter(found -> confinement.allows(found.personId()))
            .orElseThrow(() -> new NotFoundException("person", request.personId()));
    Conversation conversation = conversationOf(caller, person, request);
    Message asked =
        conversations.log(
            caller, conversation.conversationId(), question(confinement, person, request));
    Ran ran =
        run(
            caller,
            confinement,
            Objects.requireNonNull(request.source(), "source"),
            person.personId(),
            asked,
            toolbox);
    Message answered =
        conversations.log(
            caller,
            conversation.conversationId(),
            new NewMessage(
                confinement.confined() ? MessageDirection.OUTBOUND : MessageDirection.INTERNAL,
                SenderType.AGENT,
                null,
                ran.run().reply(),
                null,
                Metadata.EMPTY
                    .with("agent_run_id", ran.logged().runId().toString())
                    .with(
                        "agent", ran.run().agent() == null ? null : ran.run().agent().wireName())));
    return answer(ran, asked, answered.messageId());
  }

  /**
   * Answers a message that is stored already in its conversation, and stores nothing: what a
   * channel's front desk calls, which keeps the client's message and posts and keeps the answer
   * itself. Everything else is as for {@link #chat}.
   *
   * @param personId whose conversation the message is in
   * @param source the channel it came from, for the run log
   * @throws ChatFailedException when the assistant could not answer; the run is logged
   */
  public ChatAnswer answerStored(
      Caller caller,
      Confinement confinement,
      UUID personId,
      Message message,
      RunSource source,
      AgentToolbox toolbox) {
    if (!confinement.allows(personId)) {
      throw new NotFoundException("person", personId);
    }
    return answer(run(caller, confinement, source, personId, message, toolbox), message, null);
  }

  private Conversation conversationOf(Caller caller, Person person, ChatRequest request) {
    if (request.conversationId() == null) {
      return conversations.start(
          caller,
          new NewConversation(
              person.personId(),
              ChannelType.WEB,
              subjectOf(request.message()),
              null,
              null,
              Metadata.EMPTY));
    }
    Conversation given = conversations.get(caller, request.conversationId());
    if (!given.personId().equals(person.personId())) {
      // another person's conversation is as unknown here as another organization's
      throw new NotFoundException("conversation", request.conversationId());
    }
    return given;
  }

  private static NewMessage question(Confinement confinement, Person person, ChatRequest request) {
    return confinement.confined()
        ? new NewMessage(
            MessageDirection.INBOUND,
            SenderType.CLIENT,
            person.personId(),
            request.message(),
            null,
            Metadata.EMPTY)
        : new NewMessage(
            MessageDirection.INTERNAL,
            SenderType.STAFF,
            null,
            request.message(),
            null,
            Metadata.EMPTY);
  }

  /** A run and how the log keeps it. */
  private record Ran(AgentRun run, LoggedRun logged) {}

  /** Runs the assistant on a stored message and logs the run, whatever becomes of it. */
  private Ran run(
      Caller caller,
      Confinement confinement,
      RunSource source,
      UUID personId,
      Message message,
      AgentToolbox toolbox) {
    RunOrigin origin = new RunOrigin(source, personId, message.conversationId(), message.content());
    Instant started = clock.instant();
    AgentRun run;
    try {
      run = attempt(caller, confinement, personId, message, toolbox, started);
    } catch (RuntimeException e) {
      // what the run needed could not be read (the database): log it if the log can be written
      AgentRun failed =
          AgentRun.failedToStart(e, "the run could not start: " + e, started, clock.instant());
      try {
        runs.record(caller, origin, failed);
      } catch (RuntimeException unlogged) {
        e.addSuppressed(unlogged);
      }
      throw e;
    }
    LoggedRun logged = runs.record(caller, origin, run);
    if (run.status() == RunStatus.FAILED) {
      if (!(run.failure() instanceof AssistantOffException)) {
        log.warn("Agent run {} failed: {}", logged.runId(), run.detail());
      }
      throw new ChatFailedException(run.failure(), logged.runId(), message.conversationId());
    }
    return new Ran(run, logged);
  }

  private AgentRun attempt(
      Caller caller,
      Confinement confinement,
      UUID personId,
      Message message,
      AgentToolbox toolbox,
      Instant started) {
    if (!models.isOn()) {
      AssistantOffException off = new AssistantOffException(models.offReason());
      return AgentRun.failedToStart(off, off.getMessage(), started, clock.instant());
    }
    String known = context.build(caller, personId, message.conversationId());
    List<AgentProfile> agents = roster.profiles(caller, models.model());
    return orchestrator.run(
        agents, new AgentTask(known, message.content()), toolbox.toolsFor(caller, confinement));
  }

  private static ChatAnswer answer(Ran ran, Message asked, UUID replyMessageId) {
    return new ChatAnswer(
        asked.conversationId(),
        asked.messageId(),
        replyMessageId,
        ran.logged().runId(),
        ran.run().agent(),
        ran.run().status(),
        ran.run().reply(),
        ran.run().toolCalls().stream().map(ChatAction::of).toList());
  }

  private static String subjectOf(String message) {
    String line = message.strip().lines().findFirst().orElse("").strip();
    return line.length() <= SUBJECT_LENGTH ? line : line.substring(0, SUBJECT_LENGTH - 1) + "…";
  }
}
