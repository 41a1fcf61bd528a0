package dev.concierge.ses;

import dev.concierge.core.settings.Environment;

/**
 * AWS SES v2 access for email reminders. Credentials may also come from the AWS default chain
 * (instance role, profile); an explicit key pair here takes precedence.
 */
public record SesSettings(
    String accessKeyId, String secretAccessKey, String region, String fromAddress) {
  public static final String DEFAULT_REGION = "us-east-1";

  /** AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_REGION and EMAIL_FROM. */
  public static SesSettings from(Environment env) {
    return new SesSettings(
        env.text("AWS_ACCESS_KEY_ID").orElse(null),
        env.text("AWS_SECRET_ACCESS_KEY").orElse(null),
        env.text("AWS_REGION").orElse(null),
        env.text("EMAIL_FROM").orElse(null));
  }

  public SesSettings {
    accessKeyId = blankToNull(accessKeyId);
    secretAccessKey = blankToNull(secretAccessKey);
    region = blankToNull(region) == null ? DEFAULT_REGION : region.strip();
    fromAddress = blankToNull(fromAddress);
  }

  /** True when an explicit key pair and a sender address are set. */
  public boolean isConfigured() {
    return accessKeyId != null && secretAccessKey != null && fromAddress != null;
  }

  @Override
  public String toString() {
    return "SesSettings[configured="
        + isConfigured()
        + ", region="
        + region
        + ", from="
        + fromAddress
        + "]";
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
