package dev.concierge.core.catalogue;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The one rule for a catalogue entry's website: an {@code http} or {@code https} address with a
 * host, since staff and clients open it as a page (a {@code javascript:} or {@code file:} address
 * must never become a link). The use cases refuse any other new website; pages link only to one
 * that keeps it, as an entry saved before the rule may not.
 */
public final class WebAddress {
  /** What a refused website is told, beside the field named {@code website}. */
  public static final String EXPECTATION =
      "must be a web address starting with http:// or https://";

  private WebAddress() {}

  /** Whether {@code address} is a web page's address; null is not. */
  public static boolean isWebPage(String address) {
    if (address == null) {
      return false;
    }
    try {
      URI uri = new URI(address);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
