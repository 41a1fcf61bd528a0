package dev.concierge.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every command needs from its surroundings: the settings (read from the environment the
 * {@link ConciergeAdmin} was built with) and the output streams picocli was given.
 */
@Command
final class CommandContext {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  Settings settings() {
    return root().settings();
  }

  InputStream in() {
    return root().stdin();
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  private ConciergeAdmin root() {
    CommandSpec top = spec;
    while (top.parent() != null) {
      top = top.parent();
    }
    return (ConciergeAdmin) top.userObject();
  }
}
