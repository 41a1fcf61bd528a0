package dev.concierge.web.view;

import dev.concierge.core.access.ApiKey;
import dev.concierge.core.access.IssuedApiKey;
import java.time.ZoneId;
import java.util.List;

/**
 * The organization's API keys and the form for a new one.
 *
 * @param zone the organization's, in which times are shown
 * @param issued the key just made, whose secret this page shows once; null otherwise
 * @param notice what was just done; null when nothing was
 */
public record ApiKeysView(
    List<ApiKey> keys, ZoneId zone, FormState form, IssuedApiKey issued, String notice) {
  public ApiKeysView {
    keys = List.copyOf(keys);
  }
}
