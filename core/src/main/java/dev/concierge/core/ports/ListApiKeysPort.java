package dev.concierge.core.ports;

import dev.concierge.core.model.ApiKey;
import java.util.List;

public interface ListApiKeysPort {
  /** Every key of every organization, oldest first (an operator's view). */
  List<ApiKey> listApiKeys();
}
