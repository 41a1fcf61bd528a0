package dev.concierge.core.agents;

/**
 * How much of each part of a person's context an agent is given. The bounds keep the context (a
 * system block sent on every round of a run) to a known size however much a person has recorded;
 * what is left out is counted, and the agent's tools read the rest.
 *
 * @param daysAhead the window of upcoming dates, from the person's today
 * @param dateRows how many dates the store reads at most: more than are shown, since a few read may
 *     fall outside the person's own window
 * @param dates how many upcoming dates are shown
 * @param tasks open tasks shown per project
 */
public record ContextLimits(
    int daysAhead,
    int relationships,
    int categories,
    int dateRows,
    int dates,
    int projects,
    int tasks,
    int preferences,
    int messages) {

  /** The 60 days ahead and the 20 latest messages the assistant is designed around. */
  public static final ContextLimits DEFAULT = new ContextLimits(60, 20, 20, 50, 25, 10, 10, 30, 20);

  public ContextLimits {
    if (daysAhead < 0 || daysAhead > 366) {
      throw new IllegalArgumentException("days ahead must be 0 to 366, got " + daysAhead);
    }
    for (int limit :
        new int[] {relationships, categories, dates, projects, tasks, preferences, messages}) {
      if (limit < 1 || limit > 500) {
        throw new IllegalArgumentException("each part shows 1 to 500 rows, got " + limit);
      }
    }
    if (dateRows < dates || dateRows > 500) {
      throw new IllegalArgumentException(
          "the dates read must be at least those shown and at most 500, got " + dateRows);
    }
  }
}
