package dev.concierge.persistence;

import dev.concierge.core.search.SearchHit;
import dev.concierge.core.search.SearchIndex;
import dev.concierge.core.search.SearchQuery;
import dev.concierge.core.search.SearchType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.Query;

/**
 * Search in PostgreSQL: the full-text vectors the schema keeps in generated columns (V23), matched
 * with {@code websearch_to_tsquery} and ranked with {@code ts_rank_cd} by their weights, and for
 * names ({@code pg_trgm}) the similarity to what was typed, so "Sara Chenn" finds Sarah Chen.
 *
 * <p>One statement: each kind asked for is one branch of a {@code union all} that takes its best
 * {@code limit} hits; the best {@code limit} of all of them get their snippet ({@code ts_headline},
 * the costly part, done for those only). A branch of texts ranks the first {@value #CANDIDATES}
 * matches its GIN index yields, not every match: a word found in a hundred thousand messages would
 * otherwise cost a rank computation each. Only its best {@code limit} then have their person,
 * project or conversation looked up by primary key ({@code offset 0} keeps the planner from making
 * those lookups a hash join over every conversation), and a hit whose parent was deleted is left
 * out there, so a search may answer fewer than {@code limit} when some of the best hits belong to
 * deleted persons. Names rank by trigram similarity as well, which is 1 for an exact name, so a
 * person named so comes before a message that mentions them (a message's words weigh D, a tenth of
 * a name's). Thread-safe.
 */
public final class JdbiSearchIndex implements SearchIndex {
  /** How many matches of one kind are ranked at most (or the limit, when it asks for more). */
  static final int CANDIDATES = 200;

  /**
   * How close a name must be to what was typed ({@code %}'s threshold, pg_trgm's default 0.3): one
   * or two typos in a name stay above it ("Sara Chenn" is 0.57 from Sarah Chen, "Jmaes Smith" 0.5
   * from James Smith), while the trigram index has a hundredth of the candidates to check that it
   * has at 0.3, where every "Sara…" and "…Chen" of 100,000 names is one.
   */
  static final double NAME_SIMILARITY = 0.45;

  /**
   * The second pass's closeness (pg_trgm's default), tried only when the first found no person: a
   * short name with two typos ("Pria Ramen" is 0.35 from Priya Raman) is below {@link
   * #NAME_SIMILARITY}, and at this threshold the index hands over far more candidates, so the first
   * pass does not use it.
   */
  static final double LOOSE_NAME_SIMILARITY = 0.3;

  /** How many of the second pass's candidates are ranked at most. */
  static final int LOOSE_CANDIDATES = 1000;

  /**
   * The second pass is tried only for a text of fewer trigrams than this, as pg_trgm counts them: a
   * short name's. A typo changes at most four of a text's trigrams and four of the name's (a letter
   * is in three, two swapped letters in four), so a text of 22 trigrams or more with two typos is
   * still 0.45 or more from the name it misspells ({@code (22 - 8) / (22 + 8)}), and the first pass
   * finds it. Several words of a request ("wine tasting next month": 24 trigrams) thus do not pay
   * for the second pass, whose trigram index scan grows with the text; two typos in a short name
   * ("Pria Ramen": 11) still do.
   */
  static final int LOOSE_NAMES_BELOW_TRIGRAMS = 22;

  private static final String QUERY = "websearch_to_tsquery('english', :text)";

  /** The persons whose names are close at the threshold set, best first. */
  private static final String LOOSE_NAMES =
      """
      select 'person'::text as type, p.person_id as id, null::uuid as parent_id,
             null::text as resource_type, p.person_id, p.full_name as title,
             ts_headline('english', p.full_name || coalesce(' (' || p.preferred_name || ')', ''),
                         %1$s, :options) as snippet,
             p.rank
      from (select x.*, greatest(similarity(x.full_name, :text),
                                 coalesce(similarity(x.preferred_name, :text), 0)) as rank
            from (select * from persons
                  where org_id = :orgId and deleted_at is null
                    and (full_name %% :text or preferred_name %% :text) %2$s
                  limit %3$d) x) p
      order by rank desc, id
      limit :limit
      """;

  /** Each found word between ** (markup, not HTML: a snippet is text), in one or two fragments. */
  private static final String HEADLINE_OPTIONS =
      "StartSel=**, StopSel=**, MaxWords=24, MinWords=8, MaxFragments=2, FragmentDelimiter=\" … \"";

  /** How many of the newest messages are looked through before the index is asked. */
  static final int RECENT_MESSAGES = 10_000;

  /**
   * How many of the newest messages are tasted first: the {@value #RECENT_MESSAGES} are looked
   * through only when the words are in these as often as they must be in all of them to fill the
   * candidates. A name or several words that seldom come together are in few of the newest
   * messages, and looking through all of them first cost a fifth of such a search.
   */
  static final int TASTED_MESSAGES = 1_000;

  /** One person's messages that match: few, so the GIN index finds them at once. */
  private static final String ONE_PERSONS_MESSAGES =
      """
      select * from messages
      where org_id = :orgId and deleted_at is null and search_vector @@ %1$s %3$s
      limit %2$d
      """;

  /** How many of the table's first pages are looked through when the newest messages miss. */
  static final int FIRST_PAGES = 256;

  /**
   * The organization's messages that match, at most {@code %2$d}, from the first of three places
   * that holds that many: its {@value #RECENT_MESSAGES} newest messages (V30's index, in time
   * order), then the table's first {@value #FIRST_PAGES} pages as they lie on disk, else its GIN
   * index. A GIN index answers a bitmap of every match before the first row is read: for words
   * common in messages ("private chef dinner party", "corner table") 100,000 entries or more, and a
   * phrase's are all checked against the heap, since the index holds no positions (80–150 ms on a
   * quiet machine) to keep 200 of them. Words that common fill the candidates from the newest
   * messages in a few milliseconds; a phrase as common but missing from the newest (a season's
   * request out of season) from the first pages, read in order without a bitmap; rarer words miss
   * both and the index, whose bitmap is then small, finds them. The newest are looked through only
   * when the newest {@value #TASTED_MESSAGES} hold the words often enough to fill the candidates
   * from them ({@code %6$d} of them at least), so a rarer word does not read them all to find too
   * few. Each gate is a one-time condition evaluated only when reached, so no scan runs past the
   * first place that answers.
   */
  private static final String MESSAGES =
      """
      with tasted as materialized (
        select count(*) as matches
        from (select search_vector from messages where org_id = :orgId and deleted_at is null
              order by created_at desc limit %7$d) t
        where t.search_vector @@ %1$s),
      recent as materialized (
        select * from (select * from messages where org_id = :orgId and deleted_at is null
                       order by created_at desc limit %4$d) r
        where r.search_vector @@ %1$s and (select matches from tasted) >= %6$d
        limit %2$d),
      first_pages as materialized (
        select * from messages
        where ctid < '(%5$d,0)'::tid and org_id = :orgId and deleted_at is null
          and search_vector @@ %1$s
        limit %2$d)
      select * from recent where (select count(*) from recent) = %2$d
      union all
      select * from first_pages
      where (select count(*) from recent) < %2$d and (select count(*) from first_pages) = %2$d
      union all
      select * from (select * from messages
                     where org_id = :orgId and deleted_at is null and search_vector @@ %1$s
                     limit %2$d) indexed
      where (select count(*) from recent) < %2$d and (select count(*) from first_pages) < %2$d
      """;

  private static final Map<SearchType, String> BRANCHES = new EnumMap<>(SearchType.class);

  static {
    BRANCHES.put(
        SearchType.PERSON,
        """
        select 'person'::text as type, p.person_id as id, null::uuid as parent_id,
               null::text as resource_type, p.person_id, p.full_name as title,
               p.full_name || coalesce(' (' || p.preferred_name || ')', '') as doc,
               greatest(ts_rank_cd(p.search_vector, %1$s), similarity(p.full_name, :text),
                        coalesce(similarity(p.preferred_name, :text), 0)) as rank
        from persons p
        where p.org_id = :orgId and p.deleted_at is null
          and (p.search_vector @@ %1$s or p.full_name %% :text or p.preferred_name %% :text)
          %3$s
        """);
    BRANCHES.put(
        SearchType.DATE_ITEM,
        """
        select 'date_item'::text as type, d.date_item_id as id, null::uuid as parent_id,
               null::text as resource_type, d.person_id, d.title,
               d.title || coalesce(': ' || d.notes, '') as doc,
               d.rank
        from (select x.*, ts_rank_cd(x.search_vector, %1$s) as rank
              from (select * from date_items
                    where org_id = :orgId and deleted_at is null and search_vector @@ %1$s %3$s
                    limit %2$d) x
              order by rank desc, x.date_item_id limit :limit) d
        join lateral (select 1 from persons p
                      where p.person_id = d.person_id and p.deleted_at is null offset 0) p on true
        """);
    BRANCHES.put(
        SearchType.PROJECT,
        """
        select 'project'::text as type, pr.project_id as id, null::uuid as parent_id,
               null::text as resource_type, pr.person_id, pr.title,
               pr.title || coalesce(': ' || pr.description, '') as doc,
               pr.rank
        from (select x.*, ts_rank_cd(x.search_vector, %1$s) as rank
              from (select * from projects
                    where org_id = :orgId and deleted_at is null and search_vector @@ %1$s %3$s
                    limit %2$d) x
              order by rank desc, x.project_id limit :limit) pr
        join lateral (select 1 from persons p
                      where p.person_id = pr.person_id and p.deleted_at is null offset 0) p on true
        """);
    BRANCHES.put(
        SearchType.TASK,
        """
        select 'task'::text as type, t.task_id as id, t.project_id as parent_id,
               null::text as resource_type, pr.person_id, t.title,
               t.title || coalesce(': ' || t.description, '') as doc,
               t.rank
        from (select x.*, ts_rank_cd(x.search_vector, %1$s) as rank
              from (select * from tasks
                    where org_id = :orgId and deleted_at is null and search_vector @@ %1$s
                      %4$s
                    limit %2$d) x
              order by rank desc, x.task_id limit :limit) t
        join lateral (select pr.person_id from projects pr
                      where pr.project_id = t.project_id and pr.deleted_at is null offset 0) pr
          on true
        join lateral (select 1 from persons p
                      where p.person_id = pr.person_id and p.deleted_at is null offset 0) p on true
        """);
    BRANCHES.put(
        SearchType.MESSAGE,
        """
        select 'message'::text as type, m.message_id as id, m.conversation_id as parent_id,
               null::text as resource_type, c.person_id,
               p.full_name || coalesce(': ' || c.subject, '') as title, m.content as doc,
               m.rank
        from (select x.*, ts_rank_cd(x.search_vector, %1$s) as rank
              from (%6$s) x
              order by rank desc, x.message_id limit :limit) m
        join lateral (select c.person_id, c.subject from conversations c
                      where c.conversation_id = m.conversation_id and c.deleted_at is null
                      offset 0) c
          on true
        join lateral (select p.full_name from persons p
                      where p.person_id = c.person_id and p.deleted_at is null offset 0) p on true
        """);
    BRANCHES.put(
        SearchType.RECOMMENDATION,
        """
        select 'recommendation'::text as type, r.recommendation_id as id, null::uuid as parent_id,
               null::text as resource_type, r.person_id, coalesce(r.title, res.name) as title,
               concat_ws(': ', coalesce(r.title, res.name), r.notes) as doc,
               r.rank
        from (select x.*, ts_rank_cd(x.search_vector, %1$s) as rank
              from (select * from recommendations
                    where org_id = :orgId and search_vector @@ %1$s %3$s
                    limit %2$d) x
              order by rank desc, x.recommendation_id limit :limit) r
        join lateral (select 1 from persons p
                      where p.person_id = r.person_id and p.deleted_at is null offset 0) p on true
        left join resources res on res.resource_id = r.resource_id
        where not exists (select 1 from projects pr
                          where pr.project_id = r.project_id and pr.deleted_at is not null)
        """);
    BRANCHES.put(
        SearchType.RESOURCE,
        """
        select 'resource'::text as type, r.resource_id as id, null::uuid as parent_id,
               r.resource_type, null::uuid as person_id, r.name as title,
               concat_ws(': ', r.name, r.description) as doc,
               greatest(ts_rank_cd(r.search_vector, %1$s), similarity(r.name, :text)) as rank
        from resources r
        where r.org_id = :orgId and r.deleted_at is null
          and (r.search_vector @@ %1$s or r.name %% :text)
        """);
  }

  private static final RowMapper<SearchHit> HIT = ConstructorMapper.of(SearchHit.class);

  /** As the statement orders its hits: rank, then type (by wire name), then id. */
  private static final Comparator<SearchHit> BEST_FIRST =
      Comparator.comparingDouble(SearchHit::rank)
          .reversed()
          .thenComparing(hit -> hit.type().wireName())
          .thenComparing(hit -> hit.id().toString());

  private final Jdbi jdbi;

  public JdbiSearchIndex(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public List<SearchHit> find(UUID orgId, SearchQuery query) {
    List<String> branches =
        query.types().stream()
            .sorted()
            // a catalogue entry is nobody's: not among one person's records
            .filter(type -> query.personId() == null || type != SearchType.RESOURCE)
            .map(type -> "(" + branch(type, query) + top())
            .toList();
    if (branches.isEmpty()) {
      return List.of();
    }
    String sql =
        """
        select type, id, parent_id, resource_type, person_id, title,
               ts_headline('english', doc, %s, :options) as snippet, rank
        from (select * from (%s) branches
              order by rank desc, type, id limit :limit) hits
        order by rank desc, type, id
        """
            .formatted(QUERY, String.join("\n union all \n", branches));
    return TextIndexReads.inOrganization(
        jdbi,
        orgId,
        handle -> {
          int trigrams = thresholdSet(handle, NAME_SIMILARITY, query);
          // planned for the words given, never generically (the pool's connections force custom
          // plans): a generic plan cannot tell a rare word (an index scan) from a common one (the
          // first rows of a scan), and took 15 s reading two million messages for a name in none
          List<SearchHit> hits = hits(handle, sql, orgId, query);
          return noPerson(query, hits) && trigrams < LOOSE_NAMES_BELOW_TRIGRAMS
              ? withLooseNames(handle, orgId, query, hits)
              : hits;
        });
  }

  /**
   * Sets {@code %}'s threshold for the rest of the transaction and returns how many trigrams the
   * text has, as pg_trgm counts them: one round trip for both.
   */
  private static int thresholdSet(Handle handle, double similarity, SearchQuery query) {
    return handle
        .createQuery(
            "select set_config('pg_trgm.similarity_threshold', :similarity, true),"
                + " coalesce(array_length(show_trgm(:text), 1), 0) as trigrams")
        .bind("similarity", Double.toString(similarity))
        .bind("text", query.text().text())
        .map((rs, ctx) -> rs.getInt("trigrams"))
        .one();
  }

  private static List<SearchHit> hits(Handle handle, String sql, UUID orgId, SearchQuery query) {
    Query statement =
        handle
            .createQuery(sql)
            .bind("orgId", orgId)
            .bind("text", query.text().text())
            .bind("limit", query.limit())
            .bind("options", HEADLINE_OPTIONS);
    if (query.personId() != null) {
      statement.bind("personId", query.personId());
    }
    return statement.map(HIT).list();
  }

  private static boolean noPerson(SearchQuery query, List<SearchHit> hits) {
    return query.types().contains(SearchType.PERSON)
        && hits.stream().noneMatch(hit -> hit.type() == SearchType.PERSON);
  }

  /**
   * The hits with the persons a looser second pass finds, best first. Only a search of a short text
   * ({@link #LOOSE_NAMES_BELOW_TRIGRAMS}) whose first pass found no person pays for it, and it
   * reads the trigram index once, for persons alone, ranking at most {@value #LOOSE_CANDIDATES} of
   * them.
   */
  private static List<SearchHit> withLooseNames(
      Handle handle, UUID orgId, SearchQuery query, List<SearchHit> hits) {
    thresholdSet(handle, LOOSE_NAME_SIMILARITY, query);
    String sql =
        LOOSE_NAMES.formatted(
            QUERY, query.personId() == null ? "" : "and person_id = :personId", LOOSE_CANDIDATES);
    List<SearchHit> names = hits(handle, sql, orgId, query);
    if (names.isEmpty()) {
      return hits;
    }
    List<SearchHit> all = new ArrayList<>(hits);
    all.addAll(names);
    all.sort(BEST_FIRST);
    return List.copyOf(all.subList(0, Math.min(all.size(), query.limit())));
  }

  /**
   * A kind's branch, narrowed to one person's records when asked: their own, their projects' tasks,
   * their conversations' messages.
   */
  private static String branch(SearchType type, SearchQuery query) {
    boolean ofOnePerson = query.personId() != null;
    int candidates = Math.max(CANDIDATES, query.limit());
    String ofTheirConversations =
        ofOnePerson
            ? "and conversation_id in (select conversation_id from conversations"
                + " where org_id = :orgId and person_id = :personId)"
            : "";
    return BRANCHES
        .get(type)
        .formatted(
            QUERY,
            candidates,
            ofOnePerson ? "and person_id = :personId" : "",
            ofOnePerson
                ? "and project_id in (select project_id from projects"
                    + " where org_id = :orgId and person_id = :personId)"
                : "",
            ofTheirConversations,
            (ofOnePerson ? ONE_PERSONS_MESSAGES : MESSAGES)
                .formatted(
                    QUERY,
                    candidates,
                    ofTheirConversations,
                    RECENT_MESSAGES,
                    FIRST_PAGES,
                    // as often in the tasted as the candidates need in all the newest
                    Math.max(1, candidates * TASTED_MESSAGES / RECENT_MESSAGES),
                    TASTED_MESSAGES));
  }

  /** A branch's best hits: no more can make the overall best {@code limit}. */
  private static String top() {
    return " order by rank desc, id limit :limit)";
  }
}
