package dev.concierge.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * A command that only groups subcommands (db, backfill, …): run on its own it is a usage error
 * naming the subcommands it has.
 */
abstract class CommandGroup implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    List<String> names = new ArrayList<>(spec.subcommands().keySet());
    names.remove("help");
    String choices =
        names.size() == 1
            ? names.get(0)
            : String.join(", ", names.subList(0, names.size() - 1))
                + " or "
                + names.get(names.size() - 1);
    throw new ParameterException(spec.commandLine(), "Missing subcommand: " + choices + ".");
  }
}
