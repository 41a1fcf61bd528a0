package dev.concierge.web.view;

import dev.concierge.core.digest.DigestPreview;
import java.util.Objects;

/**
 * What the staff member's next digest would say now, composed as the API's preview and the sent
 * digest are, from the saved settings.
 */
public record DigestPreviewView(DigestPreview preview) {
  public DigestPreviewView {
    Objects.requireNonNull(preview, "preview");
  }

  public boolean enabled() {
    return preview.settings().enabled();
  }

  /** When and where it goes, as a sentence's end. */
  public String schedule() {
    return DigestView.schedule(preview.settings(), preview.content().recipient().email());
  }

  /** The window it looks at: "the next day" or "the next 7 days". */
  public String window() {
    int days = preview.settings().daysAhead();
    return days == 1 ? "the next day" : "the next " + days + " days";
  }

  /** Nothing to say: such a digest is not sent. */
  public boolean empty() {
    return preview.content().isEmpty();
  }

  public String subject() {
    return preview.message().subject();
  }

  public String text() {
    return preview.message().text();
  }
}
