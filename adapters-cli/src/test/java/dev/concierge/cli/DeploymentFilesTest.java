package dev.concierge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.concierge.core.settings.Environment;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml and the Dockerfile hold facts that must agree with each other and with the
 * build; no Docker runs here or in CI, so they are read as files.
 */
class DeploymentFilesTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private final JsonNode compose = yaml(ROOT.resolve("docker-compose.yml"));
  private final JsonNode app = compose.path("services").path("app");
  private final JsonNode db = compose.path("services").path("db");
  private final List<String> dockerfile = lines(ROOT.resolve("Dockerfile"));

  @Test
  void the_service_waits_for_a_healthy_database_and_reaches_it_with_its_credentials() {
    JsonNode dbEnv = db.path("environment");
    URI url = URI.create(app.path("environment").path("DATABASE_URL").asText());

    assertThat(app.path("depends_on").path("db").path("condition").asText())
        .isEqualTo("service_healthy");
    assertThat(db.path("healthcheck").path("test").toString()).contains("pg_isready");
    assertThat(db.path("image").asText()).startsWith("postgres:");
    assertThat(url.getHost()).isEqualTo("db");
    assertThat(url.getUserInfo())
        .isEqualTo(
            dbEnv.path("POSTGRES_USER").asText() + ":" + dbEnv.path("POSTGRES_PASSWORD").asText());
    assertThat(url.getPath()).isEqualTo("/" + dbEnv.path("POSTGRES_DB").asText());
  }

  @Test
  void docker_waits_longer_than_the_shutdown_grace_before_it_kills_the_service() {
    Duration grace =
        Environment.parseDuration(app.path("environment").path("SHUTDOWN_GRACE").asText());
    Duration stop = Environment.parseDuration(app.path("stop_grace_period").asText());

    assertThat(grace).isNotNull();
    assertThat(stop).isGreaterThanOrEqualTo(grace.plusSeconds(20));
  }

  @Test
  void the_service_listens_on_every_interface_and_keeps_its_data_in_a_volume() {
    String dataDir = env("CONCIERGE_DATA_DIR");

    assertThat(app.path("environment").path("HOST").asText()).isEqualTo("0.0.0.0");
    assertThat(env("HOST")).isEqualTo("0.0.0.0");
    assertThat(app.path("volumes").toString()).contains("app-data:" + dataDir);
    assertThat(compose.path("volumes").has("app-data")).isTrue();
    assertThat(app.path("ports").get(0).asText()).endsWith(":" + env("PORT"));
  }

  @Test
  void the_image_checks_its_health_endpoint() {
    assertThat(dockerfile)
        .anySatisfy(line -> assertThat(line).startsWith("HEALTHCHECK "))
        .anySatisfy(line -> assertThat(line).contains("curl").contains("/health"));
  }

  @Test
  void dependencies_are_fetched_from_every_modules_pom_before_the_sources_are_copied() {
    int sources = dockerfile.indexOf("COPY . .");
    int resolve = indexOf("RUN mvn ", 0);

    assertThat(resolve).isBetween(0, sources);
    for (String module : modules()) {
      int copied = indexOf("COPY " + module + "/pom.xml " + module + "/", 0);
      assertThat(copied).as(module).isBetween(0, resolve);
    }
    assertThat(indexOf("RUN mvn ", resolve + 1)).isGreaterThan(sources);
  }

  /** A value the runtime image sets with ENV. */
  private String env(String name) {
    Matcher value =
        Pattern.compile("\\b" + name + "=(\\S+)")
            .matcher(
                dockerfile.stream().filter(l -> l.startsWith("ENV ")).findFirst().orElseThrow());
    assertThat(value.find()).as(name + " in ENV").isTrue();
    return value.group(1);
  }

  private int indexOf(String start, int from) {
    for (int i = from; i < dockerfile.size(); i++) {
      if (dockerfile.get(i).startsWith(start)) {
        return i;
      }
    }
    return -1;
  }

  private static List<String> modules() {
    Matcher module =
        Pattern.compile("<module>([^<]+)</module>").matcher(read(ROOT.resolve("pom.xml")));
    List<String> found = module.results().map(m -> m.group(1)).toList();
    assertThat(found).isNotEmpty();
    return found;
  }

  private static JsonNode yaml(Path file) {
    try {
      return new YAMLMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new AssertionError(file + " is not YAML", e);
    }
  }

  private static List<String> lines(Path file) {
    return read(file).lines().map(String::strip).toList();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
