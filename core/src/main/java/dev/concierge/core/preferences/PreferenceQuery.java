package dev.concierge.core.preferences;

/**
 * Which of a person's preferences to list; a null filter lets every one through.
 *
 * @param confirmed only those staff have confirmed (true) or not yet (false)
 */
public record PreferenceQuery(PreferenceCategory category, Boolean confirmed) {
  public static final PreferenceQuery ALL = new PreferenceQuery(null, null);
}
