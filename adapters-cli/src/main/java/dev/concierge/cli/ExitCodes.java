package dev.concierge.cli;

import dev.concierge.core.agents.chat.ChatFailedException;
import dev.concierge.core.errors.ConfigurationException;
import dev.concierge.core.errors.ValidationException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * What a command's exit status means: 0 done, 1 it failed (database unreachable, entity missing,
 * unexpected error), 2 it was asked something invalid (usage, setting, input).
 */
final class ExitCodes implements IExecutionExceptionHandler, IParameterExceptionHandler {
  static final int OK = 0;
  static final int FAILURE = 1;
  static final int INVALID_INPUT = 2;

  private final boolean debug;

  ExitCodes(boolean debug) {
    this.debug = debug;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parsed) {
    PrintWriter err = commandLine.getErr();
    err.println("error: " + describe(e));
    if (debug) {
      e.printStackTrace(err);
    }
    err.flush();
    return codeFor(e);
  }

  /**
   * A usage mistake reads like any other error, one {@code error:} line, then where help is rather
   * than the whole usage text, which buries the line that matters.
   */
  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine commandLine = e.getCommandLine();
    PrintWriter err = commandLine.getErr();
    err.println("error: " + describe(e));
    UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help'.");
    err.flush();
    return INVALID_INPUT;
  }

  static int codeFor(Throwable e) {
    if (e instanceof ChatFailedException failed) {
      // the chat failed for its cause's sake: the assistant off is a setting, the rest failures
      return codeFor(failed.getCause());
    }
    return e instanceof ConfigurationException || e instanceof ValidationException
        ? INVALID_INPUT
        : FAILURE;
  }

  static String describe(Throwable e) {
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return "unexpected " + e.getClass().getSimpleName();
    }
    return message.lines().findFirst().orElse(message);
  }
}
