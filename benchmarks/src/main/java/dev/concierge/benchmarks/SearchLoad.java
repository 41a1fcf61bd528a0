package dev.concierge.benchmarks;

import dev.concierge.core.access.Caller;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.search.SearchQuery;
import dev.concierge.core.search.SearchText;
import dev.concierge.core.search.SearchType;
import dev.concierge.library.Concierge;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.HdrHistogram.Histogram;

/**
 * Load command: search across everything ({@code GET /api/v1/search}'s use case, in the
 * organization's scope as a request runs it) on a generated organization, one search at a time.
 *
 * <pre>
 * mvn -B -q -DskipTests package -pl adapters-cli,benchmarks -am
 * export CONCIERGE_DATA_DIR=/tmp/load/data        # or DATABASE_URL=postgresql://…
 * java -jar adapters-cli/target/concierge-admin.jar generate --persons 100000 \
 *     --messages-per-person 20 …                   # prints ORG_ID
 * java -cp benchmarks/target/benchmarks.jar dev.concierge.benchmarks.SearchLoad ORG_ID \
 *     [RUNS=500] [WARMUP=100]
 * </pre>
 *
 * Phases of realistic queries, each drawn at random from its list: names with typos (as staff type
 * them in a hurry), a word from messages (common in the generated ones, so each matches about a
 * twentieth of two million messages), several words at once, a quoted phrase, and a name on the
 * persons alone, a name misspelt twice in a short name, and the persons, projects and conversations
 * lists narrowed by {@code q} (the conversations' by common words and by words in none). Each
 * prints p50, p95, p99 and the maximum in milliseconds (HdrHistogram) and the hits of its last
 * search.
 */
public final class SearchLoad {
  private static final List<String> MISSPELT_NAMES =
      List.of(
          "Sara Chenn",
          "Jmaes Smith",
          "Olivia Garcai",
          "Alexandre Tanaka",
          "Isabela Rossi",
          "Benjamn Okafor",
          "Charlote Dubois",
          "Matthew Kowalsky");

  private static final List<String> MESSAGE_WORDS =
      List.of("yacht", "florist", "Aspen", "opera", "babysitter", "Nobu", "peanuts", "spa");

  private static final List<String> SEVERAL_WORDS =
      List.of(
          "private chef dinner party",
          "table for two Friday",
          "wine tasting next month",
          "flights Tokyo December",
          "tennis club membership renew");

  private static final List<String> PHRASES =
      List.of("\"corner table\"", "\"school pickup\"", "\"pool maintenance\" -summer");

  /** Two typos in a short name: below the first pass's similarity. */
  private static final List<String> FAR_MISSPELT_NAMES =
      List.of("Pria Patl", "Yki Tanka", "Hugo Nvak", "Freja Larsn");

  /** The generated projects are "Project 2 for person 4711": a few match each, or all. */
  private static final List<String> PROJECT_WORDS =
      List.of("person 4711", "Project 2 for person 31337", "person 99999", "project");

  /** Words in no generated message: a list narrowed by them finds nothing, through the index. */
  private static final List<String> WORDS_IN_NONE =
      List.of("xylophone", "gondola", "helicopter", "quartermaine");

  private SearchLoad() {}

  public static void main(String[] args) {
    if (args.length < 1) {
      System.err.println("usage: SearchLoad ORG_ID [RUNS=500] [WARMUP=100]");
      System.exit(2);
    }
    UUID org = UUID.fromString(args[0]);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 500;
    int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 100;
    System.out.printf(
        "cpus=%d %s load=%s%n",
        Runtime.getRuntime().availableProcessors(),
        DashboardLoad.cpu(),
        DashboardLoad.loadAverage());
    try (LoadDatabase load = LoadDatabase.attach();
        Concierge concierge =
            Concierge.builder().database(load.database()).migrate(false).build()) {
      Caller desk = Caller.operator(org, "search-load");
      Phases phases = new Phases(concierge, desk, runs, warmup);
      phases.run("names with typos, every kind", MISSPELT_NAMES, null);
      phases.run("a word of messages, every kind", MESSAGE_WORDS, null);
      phases.run("several words, every kind", SEVERAL_WORDS, null);
      phases.run("a quoted phrase, every kind", PHRASES, null);
      phases.run("names with typos, persons only", MISSPELT_NAMES, Set.of(SearchType.PERSON));
      phases.run("a word of messages, messages only", MESSAGE_WORDS, Set.of(SearchType.MESSAGE));
      phases.run("two typos in a short name, every kind", FAR_MISSPELT_NAMES, null);
      PageRequest page = PageRequest.of(0, 20);
      phases.list(
          "persons list ?q=, names with typos",
          MISSPELT_NAMES,
          text -> concierge.persons().list(desk, null, new SearchText(text), page));
      phases.list(
          "projects list ?q=, words",
          PROJECT_WORDS,
          text -> concierge.projects().list(desk, null, null, new SearchText(text), page));
      phases.list(
          "conversations list ?q=, a word",
          MESSAGE_WORDS,
          text -> concierge.conversations().list(desk, null, new SearchText(text), page));
      phases.list(
          "conversations list ?q=, a word in none",
          WORDS_IN_NONE,
          text -> concierge.conversations().list(desk, null, new SearchText(text), page));
      System.out.printf("load=%s%n", DashboardLoad.loadAverage());
    }
  }

  /** Runs each phase's searches one at a time in the organization's scope. */
  private record Phases(Concierge concierge, Caller desk, int runs, int warmup) {
    void run(String name, List<String> texts, Set<SearchType> types) {
      measure(
          name,
          texts,
          text -> {
            SearchQuery query = SearchQuery.of(text, null, types, null);
            return concierge.search().find(desk, query);
          },
          hits ->
              hits.isEmpty()
                  ? ""
                  : ", first " + hits.get(0).type().wireName() + " " + hits.get(0).title());
    }

    /**
     * A list's first page narrowed by {@code q}, as {@code GET /persons?q=…} reads it, and its
     * total (counted up to {@link Page#COUNTED_UP_TO}: "1000+" when it reached that).
     */
    <T> void list(String name, List<String> texts, Function<String, Page<T>> firstPage) {
      long[] total = new long[1];
      measure(
          name,
          texts,
          text -> {
            Page<T> page = firstPage.apply(text);
            total[0] = page.total();
            return page.items();
          },
          items -> ", total " + total[0] + (total[0] >= Page.COUNTED_UP_TO ? "+" : ""));
    }

    private <T> void measure(
        String name,
        List<String> texts,
        Function<String, List<T>> work,
        Function<List<T>, String> describe) {
      for (int i = 0; i < warmup; i++) {
        inScope(texts, work);
      }
      Histogram histogram = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
      List<T> last = List.of();
      for (int i = 0; i < runs; i++) {
        long before = System.nanoTime();
        last = inScope(texts, work);
        histogram.recordValue(System.nanoTime() - before);
      }
      System.out.printf(
          "%-36s runs=%d  p50=%.2f ms  p95=%.2f ms  p99=%.2f ms  max=%.2f ms  (last: %d hits%s)%n",
          name,
          runs,
          millis(histogram.getValueAtPercentile(50)),
          millis(histogram.getValueAtPercentile(95)),
          millis(histogram.getValueAtPercentile(99)),
          millis(histogram.getMaxValue()),
          last.size(),
          describe.apply(last));
    }

    private <T> List<T> inScope(List<String> texts, Function<String, List<T>> work) {
      String text = texts.get(ThreadLocalRandom.current().nextInt(texts.size()));
      return concierge.organizationScope().within(desk.orgId(), () -> work.apply(text));
    }

    private static double millis(long nanos) {
      return nanos / 1e6;
    }
  }
}
