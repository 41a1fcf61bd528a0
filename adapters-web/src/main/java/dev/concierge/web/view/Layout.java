package dev.concierge.web.view;

/**
 * What every page's frame shows: its title, which section of the navigation it is in, who is signed
 * in (null on the sign-in page), and the CSRF token every form and htmx request sends back.
 *
 * @param canWrite whether the signed-in role may change client data (forms and buttons show)
 * @param canAdminister whether it may manage accounts, API keys, agents and read the audit log (the
 *     navigation shows Admin)
 */
public record Layout(
    String title,
    String section,
    String userName,
    String role,
    String csrfToken,
    boolean canWrite,
    boolean canAdminister) {

  public boolean signedIn() {
    return userName != null;
  }
}
