package dev.concierge.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.concierge.claude.ClaudeLlm;
import dev.concierge.claude.ClaudeSettings;
import dev.concierge.cli.agents.AgentsEval;
import dev.concierge.cli.agents.CaseResult;
import dev.concierge.cli.agents.EvalScore;
import dev.concierge.cli.agents.EvalSet;
import dev.concierge.core.errors.ConfigurationException;
import dev.concierge.core.errors.ValidationException;
import dev.concierge.http.DescribedTools;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "agents",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "The assistant: write to it, read its runs, measure its model.",
    subcommands = {
      AgentChatCommand.class,
      AgentRunsCommand.Runs.class,
      AgentRunsCommand.Run.class,
      AgentsCommand.Eval.class,
      CommandLine.HelpCommand.class
    })
final class AgentsCommand extends CommandGroup {

  /**
   * Claude's settings for a command that runs against it.
   *
   * @throws ConfigurationException without a key: one line naming it (exit code 2)
   */
  static ClaudeSettings configuredClaude(CommandContext context, String command) {
    ClaudeSettings claude = context.settings().claude();
    if (!claude.isConfigured()) {
      throw new ConfigurationException(
          command
              + " runs against Claude: set "
              + ClaudeSettings.API_KEY
              + " (and "
              + ClaudeSettings.MODEL
              + ", "
              + ClaudeSettings.ROUTER_MODEL
              + " to choose the models)");
    }
    return claude;
  }

  @Command(
      name = "eval",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description = {
        "Measure the configured model on an eval set (docs/evals/agents-eval.yaml): route each"
            + " message with the router model and compare the agent chosen; for each case that"
            + " expects a date or reminder, run the reminder-management agent with tools that"
            + " record its calls and write nothing, and compare the date, rule and lead days.",
        "Prints routing accuracy per agent, extraction accuracy and every failure. Needs"
            + " ANTHROPIC_API_KEY (ANTHROPIC_MODEL and ANTHROPIC_ROUTER_MODEL choose the models);"
            + " no database. Each run costs API calls. Exit code 0 whatever the scores."
      })
  static final class Eval implements Callable<Integer> {
    @Mixin CommandContext context;

    @Parameters(paramLabel = "FILE", description = "The eval set (YAML).")
    Path file;

    @Option(names = "--json", description = "Print the scores and every case as JSON.")
    boolean json;

    @Option(
        names = "--parallel",
        paramLabel = "N",
        defaultValue = "4",
        description = "Cases run at once (default ${DEFAULT-VALUE}).")
    int parallel;

    @Override
    public Integer call() {
      if (parallel < 1 || parallel > 16) {
        throw new ValidationException("parallel", "must be 1 to 16, got " + parallel);
      }
      ClaudeSettings claude = configuredClaude(context, "agents eval");
      EvalSet set = EvalSet.read(file);
      List<CaseResult> results;
      try (ClaudeLlm llm = new ClaudeLlm(claude)) {
        AgentsEval eval =
            new AgentsEval(
                llm,
                claude.model(),
                claude.routerModel(),
                DescribedTools.of(AgentsEval.toolNames()),
                Clock.systemUTC(),
                parallel);
        results = eval.run(set, progress(set.cases().size()));
      }
      EvalScore score = EvalScore.of(results);
      if (json) {
        printJson(EvalScore.json(score, results, claude.model(), claude.routerModel()));
      } else {
        print(score, results, claude);
      }
      return ExitCodes.OK;
    }

    /** One line on stderr per case that ends, so a long run shows it is alive. */
    private Consumer<CaseResult> progress(int cases) {
      AtomicInteger done = new AtomicInteger();
      PrintWriter err = context.err();
      return result -> {
        synchronized (err) {
          err.printf(
              "[%d/%d] #%d %s%n",
              done.incrementAndGet(),
              cases,
              result.number(),
              result.routedRight() && (result.extraction() == null || result.extraction().passed())
                  ? "ok"
                  : "failed");
          err.flush();
        }
      };
    }

    private void print(EvalScore score, List<CaseResult> results, ClaudeSettings claude) {
      PrintWriter out = context.out();
      out.println("Routing (" + claude.routerModel() + "):");
      TextTable routing = TextTable.of("AGENT", "CASES", "CORRECT", "ACCURACY");
      for (EvalScore.Row row : score.agents()) {
        routing.row(row.name(), row.cases(), row.correct(), row.accuracy());
      }
      EvalScore.Row all = score.routing();
      routing.row(all.name(), all.cases(), all.correct(), all.accuracy()).print(out);
      out.println();
      EvalScore.Row extraction = score.extraction();
      out.println("Extraction (" + extraction.name() + ", " + claude.model() + "):");
      TextTable.of("CASES", "CORRECT", "ACCURACY")
          .row(extraction.cases(), extraction.correct(), extraction.accuracy())
          .print(out);
      List<String> failures = failures(results);
      out.println();
      out.println(failures.isEmpty() ? "No failures." : "Failures:");
      failures.forEach(out::println);
    }

    private static List<String> failures(List<CaseResult> results) {
      List<String> failures = new ArrayList<>();
      for (CaseResult result : results) {
        String which = "#" + result.number() + " \"" + result.message() + "\"";
        if (!result.routedRight()) {
          failures.add(
              which
                  + ": routed to "
                  + (result.routedTo() == null
                      ? "no agent (" + result.routingFailure() + ")"
                      : result.routedTo().wireName())
                  + ", expected "
                  + result.expected().wireName());
        }
        if (result.extraction() != null && !result.extraction().passed()) {
          failures.add(
              which + ": extraction: " + String.join("; ", result.extraction().mismatches()));
        }
      }
      return failures;
    }

    private void printJson(Object report) {
      try {
        context
            .out()
            .println(
                new ObjectMapper()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(report));
      } catch (IOException e) {
        throw new IllegalStateException("the report cannot be written as JSON", e);
      }
    }
  }
}
