package dev.concierge.cli.audit;

/**
 * One call of the audit and its verdict. {@code path} is the route as shown (placeholders for ids,
 * the query abbreviated); {@code status} is 0 when no answer came (or the call was not run); {@code
 * failure} says why a check failed, null when it passed.
 */
public record Check(
    String method, String path, String route, int status, boolean ok, String failure) {
  /** "METHOD /route/{template}": the documented operation the call exercised. */
  public String operation() {
    return method + " " + route;
  }
}
