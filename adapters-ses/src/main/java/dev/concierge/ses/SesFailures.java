package dev.concierge.ses;

import dev.concierge.core.reminders.delivery.SendResult;
import dev.concierge.core.reminders.delivery.SendResult.PermanentFailure;
import dev.concierge.core.reminders.delivery.SendResult.TransientFailure;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/** Turns what the SES v2 client threw into a {@link SendResult}; see {@link SesMessageSender}. */
final class SesFailures {

  // SES's per-second sending rate and daily quota; both recover on their own
  private static final Set<String> THROTTLING =
      Set.of("TooManyRequestsException", "LimitExceededException");

  // the same request would get the same answer until a person changes something
  private static final Set<String> PERMANENT =
      Set.of(
          "MessageRejected",
          "MailFromDomainNotVerifiedException",
          "AccountSuspendedException",
          "SendingPausedException",
          "NotFoundException",
          "BadRequestException");

  private SesFailures() {}

  static SendResult classify(SdkException failure, Instant now) {
    if (failure instanceof AwsServiceException service) {
      return classifyService(service, now);
    }
    if (isTimeout(failure)) {
      return new TransientFailure("Timeout", failure.getMessage());
    }
    if (failure instanceof SdkClientException) {
      return new TransientFailure("ClientError", failure.getMessage());
    }
    return new TransientFailure("SdkError", failure.getMessage());
  }

  // the SDK's call timer and the socket's read timeout race; either way the answer did not come
  private static boolean isTimeout(SdkException failure) {
    if (failure instanceof ApiCallTimeoutException
        || failure instanceof ApiCallAttemptTimeoutException) {
      return true;
    }
    for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof SocketTimeoutException) {
        return true;
      }
    }
    return false;
  }

  private static SendResult classifyService(AwsServiceException failure, Instant now) {
    AwsErrorDetails details = failure.awsErrorDetails();
    int status = failure.statusCode();
    String code = errorCode(details, status);
    String message = details == null ? failure.getMessage() : details.errorMessage();

    if (failure.isThrottlingException() || THROTTLING.contains(code)) {
      return new TransientFailure(code, message, retryAfter(details, now));
    }
    if (PERMANENT.contains(code)) {
      return new PermanentFailure(code, message);
    }
    if (status >= 500 || status == 401 || status == 403 || failure.isClockSkewException()) {
      // outages pass; credentials and clocks are fixed by operators without changing the message
      return new TransientFailure(code, message, retryAfter(details, now));
    }
    if (status >= 400) {
      return new PermanentFailure(code, message);
    }
    return new TransientFailure(code, message);
  }

  private static String errorCode(AwsErrorDetails details, int status) {
    if (details != null && details.errorCode() != null && !details.errorCode().isBlank()) {
      return details.errorCode();
    }
    return "HTTP " + status;
  }

  private static Optional<Duration> retryAfter(AwsErrorDetails details, Instant now) {
    if (details == null || details.sdkHttpResponse() == null) {
      return Optional.empty();
    }
    return details
        .sdkHttpResponse()
        .firstMatchingHeader("Retry-After")
        .flatMap(value -> RetryAfter.parse(value, now));
  }
}
