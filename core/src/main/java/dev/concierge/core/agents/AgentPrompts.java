package dev.concierge.core.agents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The prompts the agents are seeded with, kept as resources beside this class so they read as the
 * documents they are. Every agent's system prompt is the house rules (context, tools, refusals,
 * when to ask, how to answer) followed by the agent's own part.
 *
 * <p>Each prompt is read once and kept: a chat asks for every agent's prompt on every run (the
 * roster's profiles), and the files of a running release do not change.
 */
public final class AgentPrompts {
  private static final String FOLDER = "prompts/";
  private static final Map<String, String> READ = new ConcurrentHashMap<>();
  private static final Map<AgentName, String> SYSTEM = new ConcurrentHashMap<>();

  private AgentPrompts() {}

  /** The orchestrator's routing rules; the list of enabled agents is added when it routes. */
  public static String routing() {
    return read("routing.md");
  }

  /** The full system prompt of an agent: the house rules, then its own. */
  public static String system(AgentName agent) {
    return SYSTEM.computeIfAbsent(
        agent,
        name -> read("house_rules.md").strip() + "\n\n" + read(name.wireName() + ".md").strip());
  }

  private static String read(String name) {
    return READ.computeIfAbsent(name, AgentPrompts::load);
  }

  private static String load(String name) {
    try (InputStream in = AgentPrompts.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("the prompt " + name + " is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("the prompt " + name + " cannot be read", e);
    }
  }
}
