package dev.concierge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.persistence.testing.SharedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LOG_FORMAT=json as an operator gets it: the packaged jar with its own logback configuration (the
 * tests' classpath has another), run as a process whose stderr must hold nothing but JSON objects,
 * one per line, the delivery lines with their fields as fields.
 */
class JsonLogsIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path outputs;

  @Test
  void every_log_line_is_a_json_object_and_a_delivery_carries_its_fields() throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put("DATABASE_URL", SharedPostgres.freshDatabase().jdbcUrl() + "?user=postgres");
    env.put("LOG_FORMAT", "json");
    Run org = concierge(env, "orgs", "create", "--name", "Json logs");
    String orgId = org.out().get(org.out().size() - 1);
    Run generated =
        concierge(
            env,
            "generate",
            "--org",
            orgId,
            "--persons",
            "2",
            "--dates-per-person",
            "0",
            "--due-now",
            "2");
    // operational commands log warnings only; DEBUG=true brings the delivery lines
    env.put("DEBUG", "true");
    Run dispatched = concierge(env, "reminders", "dispatch", "--until-idle");

    assertThat(List.of(org, generated, dispatched))
        .allSatisfy(run -> assertThat(run.code()).isZero());
    List<JsonNode> logged = new ArrayList<>();
    for (Run run : List.of(org, generated, dispatched)) {
      for (String line : run.err()) {
        JsonNode event = JSON.readTree(line);
        assertThat(event.isObject()).as(line).isTrue();
        assertThat(event.path("@timestamp").asText()).as(line).endsWith("Z");
        assertThat(event.path("level").asText()).as(line).isNotEmpty();
        assertThat(event.path("logger_name").asText()).as(line).isNotEmpty();
        assertThat(event.has("message")).as(line).isTrue();
        logged.add(event);
      }
    }
    List<JsonNode> deliveries =
        logged.stream()
            .filter(e -> e.path("logger_name").asText().equals("dev.concierge.delivery"))
            .filter(e -> e.path("message").asText().equals("delivery"))
            .toList();
    assertThat(deliveries)
        .hasSize(2)
        .allSatisfy(
            delivery -> {
              assertThat(delivery.path("level").asText()).isEqualTo("INFO");
              assertThat(delivery.path("org_id").asText()).isEqualTo(orgId);
              assertThat(delivery.path("reminder_rule_id").asText()).hasSize(36);
              assertThat(delivery.path("attempt").isInt()).isTrue();
              assertThat(delivery.path("attempt").asInt()).isEqualTo(1);
              assertThat(delivery.path("channel").asText()).isEqualTo("email");
              assertThat(delivery.path("provider").asText()).isEqualTo("outbox");
              assertThat(delivery.path("outcome").asText()).isEqualTo("delivered");
              assertThat(delivery.path("latency_ms").isNumber()).isTrue();
            });
  }

  private Run concierge(Map<String, String> env, String... args) throws Exception {
    Path jar = Path.of("target", "concierge-admin.jar").toAbsolutePath();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(List.of(args));
    Path out = Files.createTempFile(outputs, "out", ".txt");
    Path err = Files.createTempFile(outputs, "err", ".txt");
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().keySet().removeIf(name -> !name.equals("PATH") && !name.equals("HOME"));
    builder.environment().putAll(env);
    Process process = builder.start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      throw new AssertionError(String.join(" ", args) + " did not end; stderr:\n" + read(err));
    }
    return new Run(process.exitValue(), lines(out), lines(err));
  }

  private static List<String> lines(Path file) throws IOException {
    return read(file).lines().filter(line -> !line.isBlank()).toList();
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private record Run(int code, List<String> out, List<String> err) {}
}
