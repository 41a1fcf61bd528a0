package dev.concierge.ses;

import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.reminders.delivery.MessageSender;
import dev.concierge.core.reminders.delivery.OutboundMessage;
import dev.concierge.core.reminders.delivery.SendResult;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.Body;
import software.amazon.awssdk.services.sesv2.model.Content;
import software.amazon.awssdk.services.sesv2.model.SendEmailRequest;
import software.amazon.awssdk.services.sesv2.model.SendEmailResponse;

/**
 * Sends email reminders through AWS SES v2 {@code SendEmail} with simple content: the subject, the
 * plain text, and an HTML part derived from the text. Each {@link #send} makes exactly one HTTP
 * call: the SDK's own retries are off because the dispatcher owns retries and backoff.
 *
 * <p>How SES answers become results:
 *
 * <ul>
 *   <li>a {@code MessageId} → {@link SendResult.Delivered};
 *   <li>throttling ({@code TooManyRequestsException}, {@code LimitExceededException}, HTTP 429,
 *       {@code Throttling} and the SDK's other throttling codes) → {@link
 *       SendResult.TransientFailure}, carrying the response's {@code Retry-After} when present;
 *   <li>{@code MessageRejected}, {@code MailFromDomainNotVerifiedException}, {@code
 *       AccountSuspendedException}, {@code SendingPausedException}, {@code NotFoundException},
 *       {@code BadRequestException} (e.g. an invalid address) and any other 4xx except 401/403 →
 *       {@link SendResult.PermanentFailure} with the error code;
 *   <li>5xx ({@code InternalFailure}, {@code InternalServiceErrorException}, …), 401/403 and clock
 *       skew (an operator fixes those without the message changing) → transient with the error
 *       code;
 *   <li>no answer: I/O errors → transient {@code ClientError}, call timeouts → transient {@code
 *       Timeout}.
 * </ul>
 *
 * <p>Thread-safe; close it to release the HTTP client.
 */
public final class SesMessageSender implements MessageSender, AutoCloseable {

  /** How long one send may take, connection included, unless the builder says otherwise. */
  public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(10);

  private final SesV2Client client;
  private final String fromAddress;
  private final String region;
  private final Clock clock;
  private final List<String> credentials;

  private SesMessageSender(SesV2Client client, SesSettings settings, Clock clock) {
    this.client = client;
    this.fromAddress = settings.fromAddress();
    this.region = settings.region();
    this.clock = clock;
    this.credentials =
        Stream.of(settings.accessKeyId(), settings.secretAccessKey())
            .filter(Objects::nonNull)
            .toList();
  }

  /** A sender on the real SES endpoint of the settings' region. */
  public static SesMessageSender create(SesSettings settings) {
    return builder(settings).build();
  }

  public static Builder builder(SesSettings settings) {
    return new Builder(settings);
  }

  @Override
  public String provider() {
    return "ses";
  }

  @Override
  public Set<ChannelType> channels() {
    return Set.of(ChannelType.EMAIL);
  }

  @Override
  public SendResult send(OutboundMessage message) {
    if (message.channel() != ChannelType.EMAIL) {
      return new SendResult.PermanentFailure(
          "UnsupportedChannel", "SES sends email, not " + message.channel().wireName());
    }
    try {
      SendEmailResponse response = client.sendEmail(request(message));
      return new SendResult.Delivered(response.messageId());
    } catch (SdkException failure) {
      return withoutCredentials(SesFailures.classify(failure, clock.instant()));
    }
  }

  /**
   * AWS quotes the Authorization header back in some signature errors, and with it the access key
   * id; the message is stored with the delivery and shown by the API, so the key pair goes first.
   */
  private SendResult withoutCredentials(SendResult result) {
    if (result instanceof SendResult.TransientFailure failure) {
      return new SendResult.TransientFailure(
          failure.code(), redact(failure.message()), failure.retryAfter());
    }
    if (result instanceof SendResult.PermanentFailure failure) {
      return new SendResult.PermanentFailure(failure.code(), redact(failure.message()));
    }
    return result;
  }

  private String redact(String message) {
    if (message == null) {
      return null;
    }
    String redacted = message;
    for (String credential : credentials) {
      redacted = redacted.replace(credential, "[redacted]");
    }
    return redacted;
  }

  private SendEmailRequest request(OutboundMessage message) {
    Body body =
        Body.builder()
            .text(utf8(message.text()))
            .html(utf8(EmailHtml.fromText(message.text())))
            .build();
    return SendEmailRequest.builder()
        .fromEmailAddress(fromAddress)
        .destination(destination -> destination.toAddresses(message.recipient()))
        .content(
            content -> content.simple(simple -> simple.subject(utf8(message.subject())).body(body)))
        .build();
  }

  private static Content utf8(String data) {
    return Content.builder().data(data).charset("UTF-8").build();
  }

  @Override
  public void close() {
    client.close();
  }

  @Override
  public String toString() {
    return "SesMessageSender[region=" + region + ", from=" + fromAddress + "]";
  }

  /** Options that production leaves alone and tests or SES-compatible local stacks set. */
  public static final class Builder {
    private final SesSettings settings;
    private URI endpointOverride;
    private Duration callTimeout = DEFAULT_CALL_TIMEOUT;
    private Clock clock = Clock.systemUTC();

    private Builder(SesSettings settings) {
      this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Sends to this base URI instead of the region's SES endpoint. */
    public Builder endpointOverride(URI endpoint) {
      this.endpointOverride = Objects.requireNonNull(endpoint, "endpoint");
      return this;
    }

    /** The longest one send may take, from connecting to the last byte of the answer. */
    public Builder callTimeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("callTimeout must be positive: " + timeout);
      }
      this.callTimeout = timeout;
      return this;
    }

    /** The clock that turns an HTTP-date {@code Retry-After} into a wait. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    public SesMessageSender build() {
      if (settings.fromAddress() == null) {
        throw new IllegalStateException("SES needs a sender address (EMAIL_FROM)");
      }
      return new SesMessageSender(
          SesClients.create(settings, endpointOverride, callTimeout), settings, clock);
    }
  }
}
