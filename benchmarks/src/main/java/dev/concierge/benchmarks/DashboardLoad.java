package dev.concierge.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load command: {@code GET /api/v1/persons/{id}/dashboard} against {@code GET /api/v1/persons/{id}}
 * for random persons of the API key's organization, each for a fixed time at a fixed number of
 * concurrent clients, in one run; then deep {@code skip} pages of {@code GET /api/v1/persons}.
 * Latencies are recorded in nanoseconds and sorted (no histogram library).
 *
 * <pre>
 * mvn -B -q -DskipTests package -pl benchmarks -am
 * java -cp benchmarks/target/benchmarks.jar dev.concierge.benchmarks.DashboardLoad \
 *     URL API_KEY [SECONDS=30] [CLIENTS=32] [WARMUP_SECONDS=10]
 * </pre>
 *
 * The persons are listed through the API first (pages of 500), so the key's organization should be
 * the generated one ({@code concierge-admin generate}, then {@code api-keys create --org}).
 */
public final class DashboardLoad {
  private static final Pattern PERSON_ID =
      Pattern.compile("\"person_id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final String base;
  private final String key;

  private DashboardLoad(String base, String key) {
    this.base = base.replaceAll("/+$", "");
    this.key = key;
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println(
          "usage: DashboardLoad URL API_KEY [SECONDS=30] [CLIENTS=32] [WARMUP_SECONDS=10]");
      System.exit(2);
    }
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    int clients = args.length > 3 ? Integer.parseInt(args[3]) : 32;
    int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 10;
    new DashboardLoad(args[0], args[1]).run(seconds, clients, warmup);
  }

  private void run(int seconds, int clients, int warmup) throws Exception {
    System.out.printf(
        "cpus=%d %s load=%s%n", Runtime.getRuntime().availableProcessors(), cpu(), loadAverage());
    long listed = System.nanoTime();
    List<String> ids = new ArrayList<>();
    long total = -1;
    for (int skip = 0; ; skip += 500) {
      HttpResponse<String> page = get("/api/v1/persons?limit=500&skip=" + skip);
      if (page.statusCode() != 200) {
        throw new IllegalStateException("listing persons: HTTP " + page.statusCode());
      }
      total = page.headers().firstValueAsLong("X-Total-Count").orElse(-1);
      Matcher m = PERSON_ID.matcher(page.body());
      int before = ids.size();
      while (m.find()) {
        ids.add(m.group(1));
      }
      if (ids.size() == before || ids.size() >= total) {
        break;
      }
    }
    System.out.printf(
        "listed %d persons (X-Total-Count %d) in %.1f s%n",
        ids.size(), total, (System.nanoTime() - listed) / 1e9);
    if (ids.isEmpty()) {
      throw new IllegalStateException("no persons in the key's organization");
    }
    String[] people = ids.toArray(String[]::new);
    IntFunction<String> person = i -> "/api/v1/persons/" + people[i];
    IntFunction<String> dashboard = i -> "/api/v1/persons/" + people[i] + "/dashboard";

    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      if (warmup > 0) {
        phase(pool, clients, warmup, people.length, person, "warm-up person", false);
        phase(pool, clients, warmup, people.length, dashboard, "warm-up dashboard", false);
      }
      phase(pool, clients, seconds, people.length, person, "GET /api/v1/persons/{id}", true);
      phase(
          pool,
          clients,
          seconds,
          people.length,
          dashboard,
          "GET /api/v1/persons/{id}/dashboard",
          true);
      long deep = Math.max(0, Math.min(90_000, total - 50));
      phase(
          pool,
          clients,
          seconds,
          1,
          i -> "/api/v1/persons?skip=" + deep + "&limit=50",
          "GET /api/v1/persons?skip=" + deep + "&limit=50",
          true);
      phase(
          pool,
          clients,
          seconds,
          1,
          i -> "/api/v1/persons?skip=0&limit=50",
          "GET /api/v1/persons?skip=0&limit=50",
          true);
    } finally {
      pool.shutdownNow();
    }
    System.out.printf("load=%s%n", loadAverage());
  }

  private void phase(
      ExecutorService pool,
      int clients,
      int seconds,
      int choices,
      IntFunction<String> path,
      String name,
      boolean print)
      throws Exception {
    String loadBefore = loadAverage();
    AtomicLong errors = new AtomicLong();
    long started = System.nanoTime();
    long deadline = started + seconds * 1_000_000_000L;
    List<Future<long[]>> futures = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      futures.add(
          pool.submit(
              () -> {
                long[] nanos = new long[1024];
                int n = 0;
                while (System.nanoTime() < deadline) {
                  String p = path.apply(ThreadLocalRandom.current().nextInt(choices));
                  long t0 = System.nanoTime();
                  HttpResponse<String> response = get(p);
                  long took = System.nanoTime() - t0;
                  if (response.statusCode() != 200) {
                    errors.incrementAndGet();
                    continue;
                  }
                  if (n == nanos.length) {
                    nanos = Arrays.copyOf(nanos, n * 2);
                  }
                  nanos[n++] = took;
                }
                return Arrays.copyOf(nanos, n);
              }));
    }
    List<long[]> parts = new ArrayList<>();
    for (Future<long[]> f : futures) {
      parts.add(f.get());
    }
    double elapsed = (System.nanoTime() - started) / 1e9;
    long[] all = parts.stream().flatMapToLong(Arrays::stream).toArray();
    Arrays.sort(all);
    if (print) {
      System.out.printf(
          "%-46s n=%d errors=%d throughput=%.0f req/s p50=%.1f ms p99=%.1f ms max=%.1f ms"
              + " (clients=%d, %.0f s, load %s -> %s)%n",
          name,
          all.length,
          errors.get(),
          all.length / elapsed,
          percentile(all, 0.50),
          percentile(all, 0.99),
          all.length == 0 ? 0.0 : all[all.length - 1] / 1e6,
          clients,
          elapsed,
          loadBefore,
          loadAverage());
      System.out.flush();
    }
  }

  private static double percentile(long[] sorted, double q) {
    if (sorted.length == 0) {
      return 0.0;
    }
    int index = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Authorization", "Bearer " + key)
            .timeout(Duration.ofSeconds(30))
            .GET()
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return parts[0] + "/" + parts[1] + "/" + parts[2];
    } catch (IOException | RuntimeException e) {
      return "?";
    }
  }

  static String cpu() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).trim())
          .findFirst()
          .orElse("?");
    } catch (IOException e) {
      return "?";
    }
  }
}
