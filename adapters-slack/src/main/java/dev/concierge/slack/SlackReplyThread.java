package dev.concierge.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.User;
import dev.concierge.core.frontdesk.ReplyThread;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack thread one inbound message came from: the answer goes there with {@code
 * chat.postMessage} ({@code thread_ts} the thread's root), and the sender's name comes from {@code
 * users.info}.
 */
final class SlackReplyThread implements ReplyThread {
  private static final Logger log = LoggerFactory.getLogger(SlackReplyThread.class);

  private final MethodsClient methods;
  private final String channel;
  private final String threadTs;
  private final String sender;

  SlackReplyThread(MethodsClient methods, String channel, String threadTs, String sender) {
    this.methods = methods;
    this.channel = channel;
    this.threadTs = threadTs;
    this.sender = sender;
  }

  @Override
  public String post(String text) {
    ChatPostMessageResponse response;
    try {
      response =
          methods.chatPostMessage(
              r -> r.channel(channel).threadTs(threadTs).text(SlackText.escape(text)));
    } catch (IOException | SlackApiException e) {
      throw new IllegalStateException("Slack could not be reached: " + e.getMessage(), e);
    }
    if (!response.isOk()) {
      throw new IllegalStateException("Slack refused the answer: " + response.getError());
    }
    return response.getTs();
  }

  @Override
  public Optional<String> senderName() {
    try {
      UsersInfoResponse response = methods.usersInfo(r -> r.user(sender));
      if (!response.isOk() || response.getUser() == null) {
        log.debug("users.info did not name a sender: {}", response.getError());
        return Optional.empty();
      }
      return nameOf(response.getUser());
    } catch (IOException | SlackApiException e) {
      // a name only helps staff recognise someone: the message is handled without it
      log.debug("users.info failed: {}", e.getMessage());
      return Optional.empty();
    }
  }

  private static Optional<String> nameOf(User user) {
    if (user.getRealName() != null && !user.getRealName().isBlank()) {
      return Optional.of(user.getRealName());
    }
    return Optional.ofNullable(user.getName()).filter(name -> !name.isBlank());
  }
}
