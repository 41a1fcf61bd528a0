package dev.concierge.cli.agents;

import dev.concierge.core.agents.AgentName;
import dev.concierge.core.agents.AgentProfile;
import dev.concierge.core.agents.AgentPrompts;
import dev.concierge.core.agents.AgentRun;
import dev.concierge.core.agents.AgentRuntime;
import dev.concierge.core.agents.AgentTask;
import dev.concierge.core.agents.AgentTool;
import dev.concierge.core.agents.DefaultRoster;
import dev.concierge.core.agents.Orchestrator;
import dev.concierge.core.agents.RunStatus;
import dev.concierge.core.agents.llm.LlmPort;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs an eval set against a model: each message is routed by the orchestrator's own routing call
 * on the router model, and each case that expects a date or reminder also runs the
 * reminder-management agent on the agents' model, with tools that record its calls and change
 * nothing ({@link DryTools}, offered as the API describes them). The agents are the default
 * roster's, with the prompts this build ships.
 */
public final class AgentsEval {
  private final Orchestrator orchestrator;
  private final AgentRuntime runtime;
  private final List<AgentProfile> roster;
  private final AgentProfile extractor;
  private final List<AgentTool> tools;
  private final int parallelism;

  /**
   * @param tools the tools the reminder-management agent is offered, as the API describes them
   * @param parallelism how many cases run at once
   */
  public AgentsEval(
      LlmPort llm,
      String model,
      String routerModel,
      List<AgentTool> tools,
      Clock clock,
      int parallelism) {
    Objects.requireNonNull(llm, "llm");
    if (parallelism < 1) {
      throw new IllegalArgumentException("at least one case runs at a time");
    }
    this.runtime = new AgentRuntime(llm, clock);
    this.orchestrator = new Orchestrator(llm, runtime, clock, routerModel, AgentPrompts.routing());
    this.roster = DefaultRoster.profiles(model);
    this.extractor = DefaultRoster.profile(AgentName.REMINDER_MANAGEMENT, model);
    this.tools = List.copyOf(tools);
    this.parallelism = parallelism;
  }

  /** The operationIds the reminder-management agent may call, to describe as its tools. */
  public static List<String> toolNames() {
    return DefaultRoster.profile(AgentName.REMINDER_MANAGEMENT, "any").allowedTools();
  }

  /**
   * @param finished hears each case as it ends, in whatever order they end
   * @return every case's result, in the file's order
   */
  public List<CaseResult> run(EvalSet set, Consumer<CaseResult> finished) {
    ExecutorService pool = Executors.newFixedThreadPool(parallelism);
    try {
      List<Future<CaseResult>> running = new ArrayList<>();
      for (int i = 0; i < set.cases().size(); i++) {
        int number = i + 1;
        EvalSet.Case evalCase = set.cases().get(i);
        running.add(
            pool.submit(
                () -> {
                  CaseResult result = run(set, number, evalCase);
                  finished.accept(result);
                  return result;
                }));
      }
      List<CaseResult> results = new ArrayList<>();
      for (Future<CaseResult> result : running) {
        results.add(result.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the eval was interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a case failed unexpectedly: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private CaseResult run(EvalSet set, int number, EvalSet.Case evalCase) {
    AgentTask task = new AgentTask(EvalContext.text(set, evalCase), evalCase.message());
    Orchestrator.Routing routing = orchestrator.route(roster, task);
    AgentName routedTo = null;
    String failure = null;
    if (routing instanceof Orchestrator.Routing.Chosen chosen) {
      routedTo = chosen.agent().name();
    } else {
      AgentRun unrouted = ((Orchestrator.Routing.Unrouted) routing).run();
      failure = unrouted.status().wireName() + ": " + unrouted.detail();
    }
    CaseResult.ExtractionResult extraction = null;
    if (evalCase.expect() != null) {
      AgentRun run = runtime.run(extractor, task, new DryTools(tools));
      List<String> mismatches =
          new ArrayList<>(
              Extraction.of(run.toolCalls())
                  .mismatches(evalCase.expect(), set.today(), set.client().timezone()));
      if (run.status() != RunStatus.SUCCEEDED) {
        mismatches.add("the run ended " + run.status().wireName() + ": " + run.detail());
      }
      extraction = new CaseResult.ExtractionResult(run.status().wireName(), mismatches);
    }
    return new CaseResult(
        number, evalCase.message(), evalCase.agent(), routedTo, failure, extraction);
  }
}
