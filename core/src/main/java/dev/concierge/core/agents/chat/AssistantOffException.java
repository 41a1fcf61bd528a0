package dev.concierge.core.agents.chat;

import dev.concierge.core.errors.ConfigurationException;

/**
 * The assistant has no language model: the installation has not been given one (its key is not
 * set). Nothing about the request is wrong, and trying again will not help until it is turned on.
 */
public final class AssistantOffException extends ConfigurationException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what turns it on (names the setting)
   */
  public AssistantOffException(String message) {
    super(message);
  }
}
